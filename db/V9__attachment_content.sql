-- Issue 13: the local copy of an evidence item (a PDF, a screenshot) is kept in the database, so
-- every reviewer of the desk can open it; before, only its path on one computer and its SHA-256
-- were kept. One row per distinct file (content-addressed by its SHA-256): evidence rows point at
-- it with attachment_sha256, a reused or restored evidence item shares it, and nothing deletes it
-- (the copy a verdict relied on stays checkable). Files already attached are stored when the
-- database is next opened, if they are still where they were and have the same hash.
CREATE TABLE attachment_content (
    sha256     TEXT PRIMARY KEY CHECK (length(sha256) = 64),
    content    BLOB NOT NULL,
    byte_size  INTEGER NOT NULL,
    media_type TEXT,
    created_by TEXT NOT NULL,
    created_at TEXT NOT NULL,
    CHECK (byte_size = length(content))
);
