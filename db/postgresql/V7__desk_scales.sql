-- The desk's own verdict scales: SQLite's V6 in PostgreSQL's types. Admins write scales and the
-- desk's settings; reviewers choose an article's scale, only before its first verdict.

ALTER TABLE verdict_label ADD COLUMN rating_value integer;
ALTER TABLE verdict_label ADD COLUMN alternate_name text;
ALTER TABLE verdict_label ADD COLUMN retired boolean NOT NULL DEFAULT false;
UPDATE verdict_label SET rating_value = ordinal;

ALTER TABLE article ADD COLUMN scale_id bigint REFERENCES verdict_scale (id);

CREATE TABLE desk_setting (
    key   text PRIMARY KEY,
    value text NOT NULL
);
INSERT INTO desk_setting (key, value) VALUES ('default_scale', 'CLAIMDESK');

CREATE FUNCTION article_scale_rules() RETURNS trigger
LANGUAGE plpgsql SET search_path = pg_catalog, public, pg_temp AS $$
BEGIN
    IF NEW.scale_id IS DISTINCT FROM OLD.scale_id
       AND EXISTS (SELECT 1 FROM claim WHERE article_id = NEW.id AND verdict_label_id IS NOT NULL) THEN
        RAISE EXCEPTION USING ERRCODE = 'CD012',
            MESSAGE = 'This article already has verdicts, so its verdict scale cannot change.';
    END IF;
    RETURN NEW;
END
$$;
CREATE TRIGGER article_scale_rules BEFORE UPDATE OF scale_id ON article
    FOR EACH ROW EXECUTE FUNCTION article_scale_rules();

DO $$
DECLARE
    reviewers text := claimdesk_role('reviewer');
    admins    text := claimdesk_role('admin');
BEGIN
    EXECUTE format('GRANT SELECT ON desk_setting TO %I', reviewers);
    EXECUTE format('GRANT UPDATE (scale_id) ON article TO %I', reviewers);
    EXECUTE format('GRANT INSERT, UPDATE, DELETE ON desk_setting TO %I', admins);
END
$$;
