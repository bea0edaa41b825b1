-- As SQLite's V8: "checked before" counts the stored vectors before every look-up; an index lets
-- the count avoid the table's rows (an index-only scan).
CREATE INDEX claim_embedding_model ON claim_embedding (model);
