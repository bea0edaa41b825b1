-- Seeded verdict scales, the same as SQLite's V2. The first one is the default (design.md section 4).
-- ordinal: higher is truer; NULL for ratings outside the true-false line.

INSERT INTO verdict_scale (id, code, name) OVERRIDING SYSTEM VALUE VALUES
    (1, 'CLAIMDESK', 'ClaimDesk default'),
    (2, 'POLITIFACT', 'PolitiFact Truth-O-Meter'),
    (3, 'WAPO', 'Washington Post Pinocchios'),
    (4, 'META', 'Meta third-party fact-checking');

INSERT INTO verdict_label (scale_id, code, name, ordinal, colour, hotkey, sort_order) VALUES
    (1, 'TRUE',          'True',                         5,    '#2e7d32', '1', 1),
    (1, 'MOSTLY_TRUE',   'Mostly true',                  4,    '#689f38', '2', 2),
    (1, 'HALF_TRUE',     'Half true',                    3,    '#f9a825', '3', 3),
    (1, 'MOSTLY_FALSE',  'Mostly false',                 2,    '#ef6c00', '4', 4),
    (1, 'FALSE',         'False',                        1,    '#c62828', '5', 5),
    (1, 'MISLEADING',    'Misleading / missing context', NULL, '#8e24aa', '6', 6),
    (1, 'UNVERIFIABLE',  'Unverifiable',                 NULL, '#546e7a', '7', 7),
    (1, 'NOT_A_CLAIM',   'Not a factual claim',          NULL, '#90a4ae', '8', 8),

    (2, 'TRUE',          'True',                         6,    '#2e7d32', '1', 1),
    (2, 'MOSTLY_TRUE',   'Mostly true',                  5,    '#689f38', '2', 2),
    (2, 'HALF_TRUE',     'Half true',                    4,    '#f9a825', '3', 3),
    (2, 'MOSTLY_FALSE',  'Mostly false',                 3,    '#ef6c00', '4', 4),
    (2, 'FALSE',         'False',                        2,    '#c62828', '5', 5),
    (2, 'PANTS_ON_FIRE', 'Pants on fire',                1,    '#7f0000', '6', 6),

    (3, 'GEPPETTO',      'Geppetto checkmark',           5,    '#2e7d32', '1', 1),
    (3, 'ONE',           'One Pinocchio',                4,    '#9e9d24', '2', 2),
    (3, 'TWO',           'Two Pinocchios',               3,    '#f9a825', '3', 3),
    (3, 'THREE',         'Three Pinocchios',             2,    '#ef6c00', '4', 4),
    (3, 'FOUR',          'Four Pinocchios',              1,    '#c62828', '5', 5),
    (3, 'UPSIDE_DOWN',   'Upside-down Pinocchio',        NULL, '#8e24aa', '6', 6),

    (4, 'FALSE',         'False',                        1,    '#c62828', '1', 1),
    (4, 'ALTERED',       'Altered',                      NULL, '#ad1457', '2', 2),
    (4, 'PARTLY_FALSE',  'Partly false',                 2,    '#ef6c00', '3', 3),
    (4, 'MISSING_CONTEXT', 'Missing context',            NULL, '#8e24aa', '4', 4),
    (4, 'SATIRE',        'Satire',                       NULL, '#546e7a', '5', 5),
    (4, 'TRUE',          'True',                         3,    '#2e7d32', '6', 6);

-- The scales keep their ids (1 is the default); new scales are numbered after them.
SELECT setval(pg_get_serial_sequence('verdict_scale', 'id'), (SELECT max(id) FROM verdict_scale));
