-- ClaimDesk team server schema (PostgreSQL), version 1. Migrations are never edited once landed.
-- The same model as the SQLite migrations db/V1..V3 (design.md section 4) with native types:
-- identity columns, timestamptz, date, jsonb, double precision. Additions of the server:
--   version      on claim and evidence, raised by a trigger on every update (optimistic locking);
--   search       generated tsvector columns with GIN indexes (claim text + rationale; evidence
--                title + quote) and the claim_search view that joins them per claim;
--   attachment   evidence files as bytes, with their size and SHA-256 computed by the server;
--   recorded_at  on audit_log: the server's clock, beside the client's "at".
-- Who wrote what, the workflow and the append-only history are enforced in V3__team_rules.sql.

CREATE TABLE reviewer (
    id       bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    name     text NOT NULL UNIQUE CHECK (length(btrim(name)) > 0),
    initials text NOT NULL CHECK (length(btrim(initials)) > 0)
);

CREATE TABLE article (
    id           bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    title        text NOT NULL,
    outlet       text,
    author       text,
    url          text,
    published_on date,
    language     text,
    format       text NOT NULL CHECK (format IN ('TEXT', 'MARKDOWN', 'HTML', 'PDF', 'PASTE')),
    body_text    text NOT NULL,
    body_sha256  text NOT NULL CHECK (length(body_sha256) = 64),
    imported_at  timestamptz NOT NULL,
    imported_by  text NOT NULL
);
CREATE INDEX article_body_sha256 ON article (body_sha256);

CREATE TABLE verdict_scale (
    id   bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    code text NOT NULL UNIQUE,
    name text NOT NULL
);

CREATE TABLE verdict_label (
    id         bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    scale_id   bigint NOT NULL REFERENCES verdict_scale (id),
    code       text NOT NULL,
    name       text NOT NULL,
    ordinal    integer,
    colour     text NOT NULL CHECK (colour ~ '^#[0-9a-fA-F]{6}$'),
    hotkey     text,
    sort_order integer NOT NULL,
    UNIQUE (scale_id, code)
);

CREATE TABLE claim (
    id               bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    article_id       bigint NOT NULL REFERENCES article (id),
    start_offset     integer NOT NULL CHECK (start_offset >= 0),
    end_offset       integer NOT NULL CHECK (end_offset >= start_offset),
    text             text NOT NULL,
    kinds            jsonb NOT NULL DEFAULT '[]',
    checkworthiness  double precision NOT NULL DEFAULT 0 CHECK (checkworthiness BETWEEN 0 AND 1),
    reasons          jsonb NOT NULL DEFAULT '[]',
    quantities       jsonb NOT NULL DEFAULT '[]',
    flags            jsonb NOT NULL DEFAULT '[]',
    state            text NOT NULL CHECK (state IN
                         ('PROPOSED', 'OPEN', 'IN_RESEARCH', 'READY_FOR_REVIEW', 'APPROVED', 'DISMISSED')),
    dismiss_reason   text CHECK (dismiss_reason IN ('OPINION', 'PREDICTION', 'NOT_SIGNIFICANT', 'DUPLICATE')),
    origin           text NOT NULL CHECK (origin IN ('DETECTED', 'MANUAL')),
    claimant         text,
    assignee         text,
    position         integer NOT NULL,
    duplicate_of     bigint REFERENCES claim (id),
    verdict_label_id bigint REFERENCES verdict_label (id),
    rationale        text,
    verdict_by       text,
    created_by       text NOT NULL,
    created_at       timestamptz NOT NULL,
    updated_at       timestamptz NOT NULL,
    version          bigint NOT NULL DEFAULT 1,
    search           tsvector GENERATED ALWAYS AS (
                         setweight(to_tsvector('simple', text), 'A')
                         || setweight(to_tsvector('simple', coalesce(rationale, '')), 'B')) STORED
);
CREATE INDEX claim_article_position ON claim (article_id, position);
CREATE INDEX claim_state ON claim (state);
CREATE INDEX claim_search_gin ON claim USING gin (search);

CREATE TABLE evidence (
    id                bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    claim_id          bigint NOT NULL REFERENCES claim (id),
    url               text,
    title             text,
    publisher         text,
    published_on      date,
    accessed_on       date,
    quote             text,
    stance            text NOT NULL CHECK (stance IN ('SUPPORTS', 'REFUTES', 'CONTEXT')),
    source_type       text CHECK (source_type IN
                          ('PRIMARY', 'SECONDARY', 'SELF_INTERESTED', 'AI_GENERATED', 'ANONYMOUS')),
    reliability       text NOT NULL CHECK (reliability IN ('A', 'B', 'C', 'D', 'E', 'F')),
    note              text,
    attachment_path   text,
    attachment_sha256 text,
    created_by        text NOT NULL,
    created_at        timestamptz NOT NULL,
    version           bigint NOT NULL DEFAULT 1,
    search            tsvector GENERATED ALWAYS AS (
                          to_tsvector('simple', coalesce(title, '') || ' ' || coalesce(quote, ''))) STORED
);
CREATE INDEX evidence_claim ON evidence (claim_id);
CREATE INDEX evidence_search_gin ON evidence USING gin (search);

-- One local copy per evidence item; the server computes its size and hash, so they cannot lie.
CREATE TABLE attachment (
    id          bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    evidence_id bigint NOT NULL UNIQUE REFERENCES evidence (id) ON DELETE CASCADE,
    file_name   text NOT NULL CHECK (length(file_name) BETWEEN 1 AND 255),
    media_type  text,
    content     bytea NOT NULL,
    byte_size   bigint GENERATED ALWAYS AS (octet_length(content)) STORED,
    sha256      text GENERATED ALWAYS AS (encode(sha256(content), 'hex')) STORED,
    created_by  text NOT NULL,
    created_at  timestamptz NOT NULL
);
CREATE INDEX attachment_sha256 ON attachment (sha256);

CREATE TABLE review (
    id         bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    claim_id   bigint NOT NULL REFERENCES claim (id),
    reviewer   text NOT NULL,
    label_id   bigint REFERENCES verdict_label (id),
    rationale  text,
    kind       text NOT NULL CHECK (kind IN ('PROPOSAL', 'APPROVAL', 'RETURN', 'BLIND', 'ADJUDICATION')),
    created_at timestamptz NOT NULL
);
CREATE INDEX review_claim ON review (claim_id);

CREATE TABLE audit_log (
    id          bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    at          timestamptz NOT NULL,
    actor       text NOT NULL,
    entity      text NOT NULL,
    entity_id   bigint NOT NULL,
    action      text NOT NULL,
    before      jsonb,
    after       jsonb,
    recorded_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX audit_log_entity ON audit_log (entity, entity_id);

-- The reviewer's checklist per claim (SQLite V3).
CREATE TABLE claim_check (
    claim_id   bigint NOT NULL REFERENCES claim (id),
    item       text NOT NULL CHECK (length(item) BETWEEN 1 AND 300),
    checked_by text NOT NULL,
    checked_at timestamptz NOT NULL,
    PRIMARY KEY (claim_id, item)
);

-- Every function runs with a fixed search path, pg_temp last: nobody's temporary table can stand
-- in for a table the rules read.
CREATE FUNCTION claimdesk_next_version() RETURNS trigger
LANGUAGE plpgsql SET search_path = pg_catalog, public, pg_temp AS $$
BEGIN
    -- Whatever the client sent: a new row is version 1, every update adds one.
    IF TG_OP = 'INSERT' THEN
        NEW.version := 1;
    ELSE
        NEW.version := OLD.version + 1;
    END IF;
    RETURN NEW;
END
$$;

CREATE TRIGGER claim_version BEFORE INSERT OR UPDATE ON claim
    FOR EACH ROW EXECUTE FUNCTION claimdesk_next_version();
CREATE TRIGGER evidence_version BEFORE INSERT OR UPDATE ON evidence
    FOR EACH ROW EXECUTE FUNCTION claimdesk_next_version();

-- Full-text search: one document per claim, as SQLite's claim_search holds (text, rationale and
-- the titles and quotes of its evidence), so that every word of a query may come from any of them.
CREATE AGGREGATE claimdesk_tsvector_agg (tsvector) (
    SFUNC = tsvector_concat,
    STYPE = tsvector,
    INITCOND = ''
);

CREATE VIEW claim_search AS
SELECT c.id AS claim_id,
       c.article_id,
       c.search || coalesce((SELECT claimdesk_tsvector_agg(e.search) FROM evidence e WHERE e.claim_id = c.id),
                            ''::tsvector) AS document
FROM claim c;
