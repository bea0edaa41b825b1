-- ClaimDesk team server, version 4: "checked before" (decision 0023), the model of SQLite's
-- V5__claim_matching.sql in native types. Vectors are 384 little-endian 32-bit floats (bytea).
CREATE TABLE claim_embedding (
    claim_id   bigint NOT NULL PRIMARY KEY REFERENCES claim (id),
    model      text NOT NULL,
    vector     bytea NOT NULL,
    created_at timestamptz NOT NULL
);

CREATE TABLE archive_claim (
    id           bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    source_key   text NOT NULL UNIQUE CHECK (length(source_key) BETWEEN 1 AND 2000),
    claim        text NOT NULL CHECK (length(claim) BETWEEN 1 AND 5000),
    rating       text,
    published_on date,
    publisher    text,
    url          text,
    claimant     text,
    model        text NOT NULL,
    vector       bytea NOT NULL,
    imported_by  text NOT NULL,
    imported_at  timestamptz NOT NULL
);

-- Who imported an archive entry comes from session_user, never from the client (as in V3).
CREATE FUNCTION archive_claim_rules() RETURNS trigger
LANGUAGE plpgsql SET search_path = pg_catalog, public, pg_temp AS $$
BEGIN
    IF TG_OP = 'INSERT' THEN
        NEW.imported_by := session_user;
    ELSE
        NEW.imported_by := OLD.imported_by;
        NEW.imported_at := OLD.imported_at;
    END IF;
    RETURN NEW;
END
$$;
CREATE TRIGGER archive_claim_rules BEFORE INSERT OR UPDATE ON archive_claim
    FOR EACH ROW EXECUTE FUNCTION archive_claim_rules();

-- Every reviewer reads both; embeddings are written by whichever client imports or fills them in;
-- the archive is added to by reviewers and corrected only by editors.
DO $$
DECLARE
    reviewers text := claimdesk_role('reviewer');
    editors   text := claimdesk_role('editor');
BEGIN
    EXECUTE format('GRANT SELECT, INSERT, UPDATE (model, vector, created_at) ON claim_embedding TO %I', reviewers);
    EXECUTE format('GRANT SELECT, INSERT ON archive_claim TO %I', reviewers);
    EXECUTE format('GRANT UPDATE, DELETE ON archive_claim TO %I', editors);
END
$$;
