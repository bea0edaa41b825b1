-- As SQLite's V9: local copies of evidence kept in the database, one row per distinct file,
-- content-addressed. The server computes the size and the SHA-256 from the bytes (so neither can
-- lie) and writes who stored it; reviewers may add copies and read them, nobody may change or
-- delete one. The per-evidence attachment table of V1 stays unused.
CREATE TABLE attachment_content (
    content    bytea NOT NULL,
    sha256     text NOT NULL GENERATED ALWAYS AS (encode(sha256(content), 'hex')) STORED PRIMARY KEY,
    byte_size  integer NOT NULL GENERATED ALWAYS AS (octet_length(content)) STORED,
    media_type text,
    created_by text NOT NULL,
    created_at timestamptz NOT NULL
);

CREATE FUNCTION attachment_content_rules() RETURNS trigger
LANGUAGE plpgsql SET search_path = pg_catalog, public, pg_temp AS $$
BEGIN
    NEW.created_by := session_user;
    RETURN NEW;
END
$$;
CREATE TRIGGER attachment_content_rules BEFORE INSERT ON attachment_content
    FOR EACH ROW EXECUTE FUNCTION attachment_content_rules();

DO $$
BEGIN
    EXECUTE format('GRANT SELECT, INSERT ON attachment_content TO %I', claimdesk_role('reviewer'));
END
$$;
