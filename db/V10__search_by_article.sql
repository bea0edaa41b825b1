-- Search within one article inside the full-text query (issue 15). The search table gains an
-- `article` column holding one token per claim ('a' and the article id); a search in an article
-- matches that token together with the words, so FTS5 intersects the two lists itself instead of
-- finding every claim of every article with the word and then looking each one up. The words are
-- matched in the text, rationale and evidence columns only (SearchDao.toMatchExpression).
-- FTS5 tables cannot gain a column: the table is made again, its rows copied over.
CREATE TABLE claim_search_rows AS
    SELECT s.rowid AS claim_id, s.text, s.rationale, s.evidence, 'a' || c.article_id AS article
    FROM claim_search s JOIN claim c ON c.id = s.rowid;

DROP TABLE claim_search;

CREATE VIRTUAL TABLE claim_search USING fts5 (
    text, rationale, evidence, article,
    tokenize = 'unicode61 remove_diacritics 2'
);

INSERT INTO claim_search (rowid, text, rationale, evidence, article)
    SELECT claim_id, text, rationale, evidence, article FROM claim_search_rows;

DROP TABLE claim_search_rows;

DROP TRIGGER claim_search_insert;

CREATE TRIGGER claim_search_insert AFTER INSERT ON claim
BEGIN
    INSERT INTO claim_search (rowid, text, rationale, evidence, article)
    VALUES (NEW.id, NEW.text, coalesce(NEW.rationale, ''), '', 'a' || NEW.article_id);
END;
