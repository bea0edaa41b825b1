-- The reviewer's checklist per claim: which questions of its kind were answered, by whom, when.
-- Ticking and unticking is audited on the claim like every other change.
CREATE TABLE claim_check (
    claim_id    INTEGER NOT NULL REFERENCES claim (id),
    item        TEXT    NOT NULL CHECK (length(item) BETWEEN 1 AND 300),
    checked_by  TEXT    NOT NULL,
    checked_at  TEXT    NOT NULL,
    PRIMARY KEY (claim_id, item)
);
