-- The desk's own verdict scales (issue 14): what ClaimReview publishes for each label (its
-- ratingValue and alternateName), labels retired instead of deleted once used, the scale of each
-- article (NULL: the desk's default) and the desk's default itself.

ALTER TABLE verdict_label ADD COLUMN rating_value INTEGER;
ALTER TABLE verdict_label ADD COLUMN alternate_name TEXT;
ALTER TABLE verdict_label ADD COLUMN retired INTEGER NOT NULL DEFAULT 0 CHECK (retired IN (0, 1));
UPDATE verdict_label SET rating_value = ordinal;

ALTER TABLE article ADD COLUMN scale_id INTEGER REFERENCES verdict_scale (id);

-- The app says so first, in words; this keeps any other writer from changing the scale under verdicts.
CREATE TRIGGER article_scale_locked BEFORE UPDATE OF scale_id ON article
WHEN NEW.scale_id IS NOT OLD.scale_id
     AND EXISTS (SELECT 1 FROM claim WHERE article_id = NEW.id AND verdict_label_id IS NOT NULL)
BEGIN
    SELECT RAISE(ABORT, 'article scale is locked by its verdicts');
END;

CREATE TABLE desk_setting (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
);
INSERT INTO desk_setting (key, value) VALUES ('default_scale', 'CLAIMDESK');
