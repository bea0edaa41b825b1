-- ClaimDesk schema, version 1. Migrations are never edited once landed: add a new file instead.
-- Times are ISO-8601 UTC text (2025-02-11T08:30:00Z), dates ISO text (2025-02-11).

CREATE TABLE reviewer (
    id       INTEGER PRIMARY KEY,
    name     TEXT NOT NULL UNIQUE CHECK (length(trim(name)) > 0),
    initials TEXT NOT NULL CHECK (length(trim(initials)) > 0)
);

CREATE TABLE article (
    id           INTEGER PRIMARY KEY,
    title        TEXT NOT NULL,
    outlet       TEXT,
    author       TEXT,
    url          TEXT,
    published_on TEXT,
    language     TEXT,
    format       TEXT NOT NULL CHECK (format IN ('TEXT', 'MARKDOWN', 'HTML', 'PDF', 'PASTE')),
    body_text    TEXT NOT NULL,
    body_sha256  TEXT NOT NULL CHECK (length(body_sha256) = 64),
    imported_at  TEXT NOT NULL,
    imported_by  TEXT NOT NULL
);
CREATE INDEX article_body_sha256 ON article (body_sha256);

-- The body is an immutable snapshot: claim offsets point into it.
CREATE TRIGGER article_body_immutable BEFORE UPDATE OF body_text, body_sha256 ON article
WHEN NEW.body_text IS NOT OLD.body_text OR NEW.body_sha256 IS NOT OLD.body_sha256
BEGIN
    SELECT RAISE(ABORT, 'article body is immutable');
END;

CREATE TABLE verdict_scale (
    id   INTEGER PRIMARY KEY,
    code TEXT NOT NULL UNIQUE,
    name TEXT NOT NULL
);

CREATE TABLE verdict_label (
    id         INTEGER PRIMARY KEY,
    scale_id   INTEGER NOT NULL REFERENCES verdict_scale (id),
    code       TEXT NOT NULL,
    name       TEXT NOT NULL,
    ordinal    INTEGER,
    colour     TEXT NOT NULL CHECK (colour GLOB '#[0-9a-fA-F][0-9a-fA-F][0-9a-fA-F][0-9a-fA-F][0-9a-fA-F][0-9a-fA-F]'),
    hotkey     TEXT,
    sort_order INTEGER NOT NULL,
    UNIQUE (scale_id, code)
);

CREATE TABLE claim (
    id              INTEGER PRIMARY KEY,
    article_id      INTEGER NOT NULL REFERENCES article (id),
    start_offset    INTEGER NOT NULL CHECK (start_offset >= 0),
    end_offset      INTEGER NOT NULL CHECK (end_offset >= start_offset),
    text            TEXT NOT NULL,
    kinds           TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(kinds)),
    checkworthiness REAL NOT NULL DEFAULT 0 CHECK (checkworthiness BETWEEN 0 AND 1),
    reasons         TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(reasons)),
    quantities      TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(quantities)),
    flags           TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(flags)),
    state           TEXT NOT NULL CHECK (state IN
                        ('PROPOSED', 'OPEN', 'IN_RESEARCH', 'READY_FOR_REVIEW', 'APPROVED', 'DISMISSED')),
    dismiss_reason  TEXT CHECK (dismiss_reason IN ('OPINION', 'PREDICTION', 'NOT_SIGNIFICANT', 'DUPLICATE')),
    origin          TEXT NOT NULL CHECK (origin IN ('DETECTED', 'MANUAL')),
    claimant        TEXT,
    assignee        TEXT,
    position        INTEGER NOT NULL,
    duplicate_of    INTEGER REFERENCES claim (id),
    verdict_label_id INTEGER REFERENCES verdict_label (id),
    rationale       TEXT,
    verdict_by      TEXT,
    created_by      TEXT NOT NULL,
    created_at      TEXT NOT NULL,
    updated_at      TEXT NOT NULL
);
CREATE INDEX claim_article_position ON claim (article_id, position);
CREATE INDEX claim_state ON claim (state);

CREATE TABLE evidence (
    id                INTEGER PRIMARY KEY,
    claim_id          INTEGER NOT NULL REFERENCES claim (id),
    url               TEXT,
    title             TEXT,
    publisher         TEXT,
    published_on      TEXT,
    accessed_on       TEXT,
    quote             TEXT,
    stance            TEXT NOT NULL CHECK (stance IN ('SUPPORTS', 'REFUTES', 'CONTEXT')),
    source_type       TEXT CHECK (source_type IN
                          ('PRIMARY', 'SECONDARY', 'SELF_INTERESTED', 'AI_GENERATED', 'ANONYMOUS')),
    reliability       TEXT NOT NULL CHECK (reliability IN ('A', 'B', 'C', 'D', 'E', 'F')),
    note              TEXT,
    attachment_path   TEXT,
    attachment_sha256 TEXT,
    created_by        TEXT NOT NULL,
    created_at        TEXT NOT NULL
);
CREATE INDEX evidence_claim ON evidence (claim_id);

CREATE TABLE review (
    id         INTEGER PRIMARY KEY,
    claim_id   INTEGER NOT NULL REFERENCES claim (id),
    reviewer   TEXT NOT NULL,
    label_id   INTEGER REFERENCES verdict_label (id),
    rationale  TEXT,
    kind       TEXT NOT NULL CHECK (kind IN ('PROPOSAL', 'APPROVAL', 'RETURN', 'BLIND', 'ADJUDICATION')),
    created_at TEXT NOT NULL
);
CREATE INDEX review_claim ON review (claim_id);

CREATE TABLE audit_log (
    id        INTEGER PRIMARY KEY,
    at        TEXT NOT NULL,
    actor     TEXT NOT NULL,
    entity    TEXT NOT NULL,
    entity_id INTEGER NOT NULL,
    action    TEXT NOT NULL,
    before    TEXT CHECK (before IS NULL OR json_valid(before)),
    after     TEXT CHECK (after IS NULL OR json_valid(after))
);
CREATE INDEX audit_log_entity ON audit_log (entity, entity_id);

CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log
BEGIN
    SELECT RAISE(ABORT, 'audit_log is append-only');
END;

CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log
BEGIN
    SELECT RAISE(ABORT, 'audit_log is append-only');
END;

-- Full-text search: one row per claim (rowid = claim.id) holding its text, its rationale and the
-- titles and quotes of its evidence, kept in sync by the triggers below.
CREATE VIRTUAL TABLE claim_search USING fts5 (
    text, rationale, evidence,
    tokenize = 'unicode61 remove_diacritics 2'
);

CREATE TRIGGER claim_search_insert AFTER INSERT ON claim
BEGIN
    INSERT INTO claim_search (rowid, text, rationale, evidence)
    VALUES (NEW.id, NEW.text, coalesce(NEW.rationale, ''), '');
END;

CREATE TRIGGER claim_search_update AFTER UPDATE OF text, rationale ON claim
BEGIN
    UPDATE claim_search SET text = NEW.text, rationale = coalesce(NEW.rationale, '') WHERE rowid = NEW.id;
END;

CREATE TRIGGER claim_search_delete AFTER DELETE ON claim
BEGIN
    DELETE FROM claim_search WHERE rowid = OLD.id;
END;

CREATE TRIGGER claim_search_evidence_insert AFTER INSERT ON evidence
BEGIN
    UPDATE claim_search
    SET evidence = (SELECT group_concat(coalesce(title, '') || ' ' || coalesce(quote, ''), ' ')
                    FROM evidence WHERE claim_id = NEW.claim_id)
    WHERE rowid = NEW.claim_id;
END;

CREATE TRIGGER claim_search_evidence_update AFTER UPDATE ON evidence
BEGIN
    UPDATE claim_search
    SET evidence = coalesce((SELECT group_concat(coalesce(title, '') || ' ' || coalesce(quote, ''), ' ')
                             FROM evidence WHERE claim_id = OLD.claim_id), '')
    WHERE rowid = OLD.claim_id;
    UPDATE claim_search
    SET evidence = (SELECT group_concat(coalesce(title, '') || ' ' || coalesce(quote, ''), ' ')
                    FROM evidence WHERE claim_id = NEW.claim_id)
    WHERE rowid = NEW.claim_id;
END;

CREATE TRIGGER claim_search_evidence_delete AFTER DELETE ON evidence
BEGIN
    UPDATE claim_search
    SET evidence = coalesce((SELECT group_concat(coalesce(title, '') || ' ' || coalesce(quote, ''), ' ')
                             FROM evidence WHERE claim_id = OLD.claim_id), '')
    WHERE rowid = OLD.claim_id;
END;
