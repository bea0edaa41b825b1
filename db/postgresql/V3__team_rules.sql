-- ClaimDesk team server, version 3: the rules the server enforces, whatever client writes
-- (decision 0020p). Every reviewer is a PostgreSQL login in one of three group roles of this
-- database, <database>_reviewer, _editor and _admin (an editor is also a reviewer, an admin also an
-- editor). The privileges below say what each group may touch; the triggers say how:
--   * who wrote a row comes from session_user (created_by, imported_by, verdict_by, reviewer,
--     checked_by, and the actor of every audit row), never from the client;
--   * the history (audit_log, review) only grows, even for the tables' owner;
--   * a claim moves only along the transitions of domain/ClaimWorkflow.java (claim_transition,
--     compared with it by a test), approve/return/reopen only by editors, never approving one's
--     own verdict, and a verdict under review or approved stays as it was reviewed.
-- Each rule raises its own SQLSTATE (class CD, listed in store/postgres/ServerRule.java) with a
-- plain sentence as the message, which ClaimDesk shows as it is.
--
-- Run by the login that owns the database and may create roles (claimdesk server init).

CREATE TABLE server_role (
    kind      text PRIMARY KEY CHECK (kind IN ('reviewer', 'editor', 'admin')),
    role_name text NOT NULL UNIQUE
);

DO $$
DECLARE
    k text;
    r text;
    existing record;
BEGIN
    IF octet_length(current_database()) > 54 THEN
        RAISE EXCEPTION USING ERRCODE = 'CD011',
            MESSAGE = 'The database name is too long for ClaimDesk''s role names: use at most 54 characters.';
    END IF;
    FOREACH k IN ARRAY ARRAY['reviewer', 'editor', 'admin'] LOOP
        r := current_database() || '_' || k;
        SELECT rolcanlogin, rolsuper INTO existing FROM pg_catalog.pg_roles WHERE rolname = r;
        IF NOT FOUND THEN
            EXECUTE format('CREATE ROLE %I NOLOGIN', r);
        ELSIF existing.rolcanlogin OR existing.rolsuper THEN
            RAISE EXCEPTION USING ERRCODE = 'CD011',
                MESSAGE = format('The server already has a login called %s, the name ClaimDesk gives the %s'
                                 ' group of this database; rename that login or use another database name.',
                                 r, k);
        END IF;
        INSERT INTO server_role (kind, role_name) VALUES (k, r);
    END LOOP;
END
$$;

CREATE FUNCTION claimdesk_role(kind text) RETURNS text
LANGUAGE sql STABLE SET search_path = pg_catalog, public, pg_temp AS $$
    SELECT role_name FROM public.server_role WHERE server_role.kind = claimdesk_role.kind
$$;

-- True when the signed-in person is in the group (directly or through a higher one).
CREATE FUNCTION claimdesk_is(kind text) RETURNS boolean
LANGUAGE sql STABLE SET search_path = pg_catalog, public, pg_temp AS $$
    SELECT coalesce(pg_has_role(session_user, public.claimdesk_role(kind), 'MEMBER'), false)
$$;

-- "READY_FOR_REVIEW" -> "ready for review", as ClaimState.label() says it.
CREATE FUNCTION claimdesk_state_label(state text) RETURNS text
LANGUAGE sql IMMUTABLE SET search_path = pg_catalog, public, pg_temp AS $$
    SELECT lower(replace(state, '_', ' '))
$$;

-- The allowed moves of a claim: exactly domain/ClaimWorkflow.java (ClaimWorkflowAgreementTest).
CREATE TABLE claim_transition (
    from_state   text NOT NULL,
    to_state     text NOT NULL,
    action       text NOT NULL,
    action_label text NOT NULL,
    editors_only boolean NOT NULL,
    PRIMARY KEY (from_state, to_state)
);

INSERT INTO claim_transition (from_state, to_state, action, action_label, editors_only) VALUES
    ('PROPOSED',         'OPEN',             'ACCEPT',            'accept',            false),
    ('PROPOSED',         'DISMISSED',        'DISMISS',           'dismiss',           false),
    ('OPEN',             'DISMISSED',        'DISMISS',           'dismiss',           false),
    ('DISMISSED',        'OPEN',             'RESTORE',           'restore',           false),
    ('OPEN',             'IN_RESEARCH',      'START_RESEARCH',    'start research',    false),
    ('OPEN',             'READY_FOR_REVIEW', 'SUBMIT_FOR_REVIEW', 'submit for review', false),
    ('IN_RESEARCH',      'READY_FOR_REVIEW', 'SUBMIT_FOR_REVIEW', 'submit for review', false),
    ('READY_FOR_REVIEW', 'APPROVED',         'APPROVE',           'approve',           true),
    ('READY_FOR_REVIEW', 'IN_RESEARCH',      'RETURN',            'return',            true),
    ('APPROVED',         'IN_RESEARCH',      'REOPEN',            'reopen',            true);

CREATE FUNCTION claim_rules() RETURNS trigger
LANGUAGE plpgsql SET search_path = pg_catalog, public, pg_temp AS $$
DECLARE
    t public.claim_transition%ROWTYPE;
BEGIN
    IF TG_OP = 'INSERT' THEN
        NEW.created_by := session_user;
        IF NEW.state NOT IN ('PROPOSED', 'OPEN', 'IN_RESEARCH') THEN
            RAISE EXCEPTION USING ERRCODE = 'CD008',
                MESSAGE = format('A new claim starts as proposed, open or in research, not as %s.',
                                 claimdesk_state_label(NEW.state));
        END IF;
        NEW.verdict_by := CASE WHEN NEW.verdict_label_id IS NULL AND NEW.rationale IS NULL
                               THEN NULL ELSE session_user END;
        RETURN NEW;
    END IF;

    NEW.created_by := OLD.created_by;
    NEW.created_at := OLD.created_at;
    IF NEW.verdict_label_id IS DISTINCT FROM OLD.verdict_label_id
       OR NEW.rationale IS DISTINCT FROM OLD.rationale THEN
        IF OLD.state NOT IN ('OPEN', 'IN_RESEARCH') THEN
            RAISE EXCEPTION USING ERRCODE = 'CD007',
                MESSAGE = format('The verdict of a claim that is %s cannot change: %s',
                                 claimdesk_state_label(OLD.state),
                                 CASE OLD.state
                                     WHEN 'READY_FOR_REVIEW' THEN 'an editor has to return it first.'
                                     WHEN 'APPROVED' THEN 'an editor has to reopen it first.'
                                     ELSE 'accept or restore it first.' END);
        END IF;
        -- Whoever changes the verdict or its rationale is its proposer from now on.
        NEW.verdict_by := CASE WHEN NEW.verdict_label_id IS NULL AND NEW.rationale IS NULL
                               THEN NULL ELSE session_user END;
    ELSE
        NEW.verdict_by := OLD.verdict_by;
    END IF;

    IF NEW.state IS DISTINCT FROM OLD.state THEN
        SELECT * INTO t FROM public.claim_transition WHERE from_state = OLD.state AND to_state = NEW.state;
        IF NOT FOUND THEN
            RAISE EXCEPTION USING ERRCODE = 'CD005',
                MESSAGE = format('A claim that is %s cannot become %s.',
                                 claimdesk_state_label(OLD.state), claimdesk_state_label(NEW.state));
        END IF;
        IF t.editors_only AND NOT claimdesk_is('editor') THEN
            RAISE EXCEPTION USING ERRCODE = 'CD003',
                MESSAGE = format('Only an editor can %s a claim; ask an editor of your desk.', t.action_label);
        END IF;
        IF NEW.state = 'DISMISSED' AND NEW.dismiss_reason IS NULL THEN
            RAISE EXCEPTION USING ERRCODE = 'CD006',
                MESSAGE = 'Choose why the claim is dismissed: opinion, prediction, not significant or duplicate.';
        END IF;
        IF t.action = 'SUBMIT_FOR_REVIEW' AND (NEW.verdict_label_id IS NULL OR NEW.verdict_by IS NULL) THEN
            RAISE EXCEPTION USING ERRCODE = 'CD006',
                MESSAGE = 'Choose a verdict before submitting the claim for review.';
        END IF;
        IF t.action = 'APPROVE' AND (NEW.verdict_label_id IS NULL OR NEW.verdict_by IS NULL) THEN
            RAISE EXCEPTION USING ERRCODE = 'CD006', MESSAGE = 'There is no proposed verdict to approve.';
        END IF;
        IF t.action = 'APPROVE' AND NEW.verdict_by = session_user THEN
            RAISE EXCEPTION USING ERRCODE = 'CD004',
                MESSAGE = 'You proposed this verdict, so a second reviewer has to approve it (four-eyes rule).';
        END IF;
    END IF;
    RETURN NEW;
END
$$;

CREATE TRIGGER claim_rules BEFORE INSERT OR UPDATE ON claim
    FOR EACH ROW EXECUTE FUNCTION claim_rules();

-- Reviews are history: written by the signed-in person; decisions by editors, never on one's own verdict.
CREATE FUNCTION review_rules() RETURNS trigger
LANGUAGE plpgsql SET search_path = pg_catalog, public, pg_temp AS $$
BEGIN
    NEW.reviewer := session_user;
    IF NEW.kind IN ('APPROVAL', 'RETURN', 'ADJUDICATION') AND NOT claimdesk_is('editor') THEN
        RAISE EXCEPTION USING ERRCODE = 'CD003',
            MESSAGE = format('Only an editor can record %s; ask an editor of your desk.',
                             CASE NEW.kind WHEN 'APPROVAL' THEN 'an approval'
                                           WHEN 'RETURN' THEN 'a return'
                                           ELSE 'an adjudication' END);
    END IF;
    IF NEW.kind = 'APPROVAL'
       AND EXISTS (SELECT 1 FROM public.claim WHERE id = NEW.claim_id AND verdict_by = session_user) THEN
        RAISE EXCEPTION USING ERRCODE = 'CD004',
            MESSAGE = 'You proposed this verdict, so a second reviewer has to approve it (four-eyes rule).';
    END IF;
    RETURN NEW;
END
$$;

CREATE TRIGGER review_rules BEFORE INSERT ON review
    FOR EACH ROW EXECUTE FUNCTION review_rules();

CREATE FUNCTION audit_log_stamp() RETURNS trigger
LANGUAGE plpgsql SET search_path = pg_catalog, public, pg_temp AS $$
BEGIN
    NEW.actor := session_user;
    NEW.recorded_at := now();
    RETURN NEW;
END
$$;

CREATE TRIGGER audit_log_stamp BEFORE INSERT ON audit_log
    FOR EACH ROW EXECUTE FUNCTION audit_log_stamp();

CREATE FUNCTION claimdesk_history_append_only() RETURNS trigger
LANGUAGE plpgsql SET search_path = pg_catalog, public, pg_temp AS $$
BEGIN
    RAISE EXCEPTION USING ERRCODE = 'CD001',
        MESSAGE = 'The history only grows: its entries cannot be changed or deleted.';
END
$$;

CREATE TRIGGER audit_log_append_only BEFORE UPDATE OR DELETE ON audit_log
    FOR EACH ROW EXECUTE FUNCTION claimdesk_history_append_only();
CREATE TRIGGER audit_log_no_truncate BEFORE TRUNCATE ON audit_log
    FOR EACH STATEMENT EXECUTE FUNCTION claimdesk_history_append_only();
CREATE TRIGGER review_append_only BEFORE UPDATE OR DELETE ON review
    FOR EACH ROW EXECUTE FUNCTION claimdesk_history_append_only();
CREATE TRIGGER review_no_truncate BEFORE TRUNCATE ON review
    FOR EACH STATEMENT EXECUTE FUNCTION claimdesk_history_append_only();

-- The body is an immutable snapshot (claim offsets point into it); the importer is the signed-in person.
CREATE FUNCTION article_rules() RETURNS trigger
LANGUAGE plpgsql SET search_path = pg_catalog, public, pg_temp AS $$
BEGIN
    IF TG_OP = 'INSERT' THEN
        NEW.imported_by := session_user;
        RETURN NEW;
    END IF;
    IF NEW.body_text IS DISTINCT FROM OLD.body_text OR NEW.body_sha256 IS DISTINCT FROM OLD.body_sha256 THEN
        RAISE EXCEPTION USING ERRCODE = 'CD002',
            MESSAGE = 'The text of an imported article cannot change; import the new version as another article.';
    END IF;
    NEW.imported_by := OLD.imported_by;
    NEW.imported_at := OLD.imported_at;
    RETURN NEW;
END
$$;

CREATE TRIGGER article_rules BEFORE INSERT OR UPDATE ON article
    FOR EACH ROW EXECUTE FUNCTION article_rules();

CREATE FUNCTION evidence_rules() RETURNS trigger
LANGUAGE plpgsql SET search_path = pg_catalog, public, pg_temp AS $$
BEGIN
    IF TG_OP = 'INSERT' THEN
        NEW.created_by := session_user;
    ELSE
        NEW.created_by := OLD.created_by;
        NEW.created_at := OLD.created_at;
    END IF;
    RETURN NEW;
END
$$;

CREATE TRIGGER evidence_rules BEFORE INSERT OR UPDATE ON evidence
    FOR EACH ROW EXECUTE FUNCTION evidence_rules();

CREATE FUNCTION attachment_rules() RETURNS trigger
LANGUAGE plpgsql SET search_path = pg_catalog, public, pg_temp AS $$
BEGIN
    NEW.created_by := session_user;
    RETURN NEW;
END
$$;

CREATE TRIGGER attachment_rules BEFORE INSERT ON attachment
    FOR EACH ROW EXECUTE FUNCTION attachment_rules();

CREATE FUNCTION claim_check_rules() RETURNS trigger
LANGUAGE plpgsql SET search_path = pg_catalog, public, pg_temp AS $$
BEGIN
    NEW.checked_by := session_user;
    RETURN NEW;
END
$$;

CREATE TRIGGER claim_check_rules BEFORE INSERT OR UPDATE ON claim_check
    FOR EACH ROW EXECUTE FUNCTION claim_check_rules();

-- Adds a reviewer login: for admins (and the owner), who need no right to create roles themselves.
-- The password arrives hashed (SCRAM-SHA-256, computed by the client), never in plain text.
CREATE FUNCTION claimdesk_add_reviewer(login text, initials text, kind text, verifier text) RETURNS void
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, public, pg_temp AS $$
DECLARE
    group_role text := public.claimdesk_role(kind);
BEGIN
    IF login IS NULL OR login !~ '^[a-z][a-z0-9_.-]{0,62}$' THEN
        RAISE EXCEPTION USING ERRCODE = 'CD009',
            MESSAGE = 'A reviewer''s login name starts with a lower-case letter and holds only lower-case letters,'
                      ' digits, "_", "." and "-" (at most 63).';
    END IF;
    IF group_role IS NULL THEN
        RAISE EXCEPTION USING ERRCODE = 'CD009', MESSAGE = 'A reviewer''s role is reviewer, editor or admin.';
    END IF;
    IF verifier IS NULL
       OR verifier !~ '^SCRAM-SHA-256\$[0-9]+:[A-Za-z0-9+/=]+\$[A-Za-z0-9+/=]+:[A-Za-z0-9+/=]+$' THEN
        RAISE EXCEPTION USING ERRCODE = 'CD009',
            MESSAGE = 'The password has to reach the server hashed (SCRAM-SHA-256), never in plain text.';
    END IF;
    IF EXISTS (SELECT 1 FROM pg_roles WHERE rolname = login) THEN
        RAISE EXCEPTION USING ERRCODE = 'CD010',
            MESSAGE = format('The server already has a login called %s; choose another name.', login);
    END IF;
    EXECUTE format('CREATE ROLE %I LOGIN PASSWORD %L IN ROLE %I', login, verifier, group_role);
    INSERT INTO public.reviewer (name, initials) VALUES (login, initials) ON CONFLICT (name) DO NOTHING;
END
$$;

-- Privileges. Nobody but the owner creates objects or temporary tables here; the three groups may
-- connect; what each may change follows.
DO $$
DECLARE
    reviewers text := claimdesk_role('reviewer');
    editors   text := claimdesk_role('editor');
    admins    text := claimdesk_role('admin');
BEGIN
    EXECUTE format('GRANT %I TO %I', reviewers, editors);
    EXECUTE format('GRANT %I TO %I', editors, admins);
    EXECUTE format('REVOKE ALL ON DATABASE %I FROM PUBLIC', current_database());
    EXECUTE format('GRANT CONNECT ON DATABASE %I TO %I', current_database(), reviewers);
    REVOKE CREATE ON SCHEMA public FROM PUBLIC;
    REVOKE ALL ON FUNCTION claimdesk_add_reviewer(text, text, text, text) FROM PUBLIC;

    EXECUTE format('GRANT USAGE ON SCHEMA public TO %I', reviewers);
    EXECUTE format('GRANT SELECT ON reviewer, article, verdict_scale, verdict_label, claim, evidence, attachment,'
                   ' review, audit_log, claim_check, claim_transition, server_role, claim_search TO %I', reviewers);
    EXECUTE format('GRANT INSERT, UPDATE (title, outlet, author, url, published_on, language) ON article TO %I',
                   reviewers);
    EXECUTE format('GRANT INSERT, UPDATE (start_offset, end_offset, text, kinds, checkworthiness, reasons,'
                   ' quantities, flags, state, dismiss_reason, claimant, assignee, position, duplicate_of,'
                   ' verdict_label_id, rationale, verdict_by, updated_at) ON claim TO %I', reviewers);
    EXECUTE format('GRANT INSERT, DELETE, UPDATE (url, title, publisher, published_on, accessed_on, quote, stance,'
                   ' source_type, reliability, note, attachment_path, attachment_sha256) ON evidence TO %I',
                   reviewers);
    EXECUTE format('GRANT INSERT, DELETE ON attachment, claim_check TO %I', reviewers);
    EXECUTE format('GRANT INSERT ON review, audit_log TO %I', reviewers);

    EXECUTE format('GRANT INSERT, UPDATE, DELETE ON verdict_scale, verdict_label, reviewer TO %I', admins);
    EXECUTE format('GRANT EXECUTE ON FUNCTION claimdesk_add_reviewer(text, text, text, text) TO %I', admins);
END
$$;
