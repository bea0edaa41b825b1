-- "Checked before" (decision 0023): the sentence embedding of every claim, a fact-check archive of
-- prior fact-checks from outside the desk, each with its own embedding. A vector is 384 little-endian
-- 32-bit floats (1,536 bytes), tagged with the model that made it, so a new model can refill them.
CREATE TABLE claim_embedding (
    claim_id    INTEGER NOT NULL PRIMARY KEY REFERENCES claim (id),
    model       TEXT    NOT NULL,
    vector      BLOB    NOT NULL,
    created_at  TEXT    NOT NULL
);

CREATE TABLE archive_claim (
    id           INTEGER PRIMARY KEY,
    source_key   TEXT    NOT NULL UNIQUE CHECK (length(source_key) BETWEEN 1 AND 2000),
    claim        TEXT    NOT NULL CHECK (length(claim) BETWEEN 1 AND 5000),
    rating       TEXT,
    published_on TEXT,
    publisher    TEXT,
    url          TEXT,
    claimant     TEXT,
    model        TEXT    NOT NULL,
    vector       BLOB    NOT NULL,
    imported_by  TEXT    NOT NULL,
    imported_at  TEXT    NOT NULL
);
