-- Live updates: every committed change of an article, a claim or what hangs off a claim tells the
-- listening ClaimDesk windows which article and claim changed (LISTEN claimdesk_changes). PostgreSQL
-- delivers notifications only on commit and drops identical ones within a transaction.
-- Payload: {"table": …, "article": id, "claim": id or null, "by": login}.

CREATE FUNCTION claimdesk_notify(tbl text, article bigint, claim bigint) RETURNS void
    LANGUAGE plpgsql SET search_path = pg_catalog, public, pg_temp AS $$
BEGIN
    PERFORM pg_notify('claimdesk_changes',
        json_build_object('table', tbl, 'article', article, 'claim', claim, 'by', session_user)::text);
END $$;

CREATE FUNCTION article_changed() RETURNS trigger
    LANGUAGE plpgsql SET search_path = pg_catalog, public, pg_temp AS $$
BEGIN
    IF TG_OP = 'DELETE' THEN
        PERFORM claimdesk_notify('article', OLD.id, NULL);
    ELSE
        PERFORM claimdesk_notify('article', NEW.id, NULL);
    END IF;
    RETURN NULL;
END $$;

CREATE FUNCTION claim_changed() RETURNS trigger
    LANGUAGE plpgsql SET search_path = pg_catalog, public, pg_temp AS $$
BEGIN
    IF TG_OP = 'DELETE' THEN
        PERFORM claimdesk_notify('claim', OLD.article_id, OLD.id);
    ELSE
        PERFORM claimdesk_notify('claim', NEW.article_id, NEW.id);
    END IF;
    RETURN NULL;
END $$;

-- evidence, review and claim_check rows belong to a claim.
CREATE FUNCTION claim_part_changed() RETURNS trigger
    LANGUAGE plpgsql SET search_path = pg_catalog, public, pg_temp AS $$
DECLARE
    claim_of bigint;
BEGIN
    IF TG_OP = 'DELETE' THEN
        claim_of := OLD.claim_id;
    ELSE
        claim_of := NEW.claim_id;
    END IF;
    PERFORM claimdesk_notify(TG_TABLE_NAME, (SELECT c.article_id FROM claim c WHERE c.id = claim_of), claim_of);
    RETURN NULL;
END $$;

CREATE TRIGGER article_changed AFTER INSERT OR UPDATE OR DELETE ON article
    FOR EACH ROW EXECUTE FUNCTION article_changed();
CREATE TRIGGER claim_changed AFTER INSERT OR UPDATE OR DELETE ON claim
    FOR EACH ROW EXECUTE FUNCTION claim_changed();
CREATE TRIGGER evidence_changed AFTER INSERT OR UPDATE OR DELETE ON evidence
    FOR EACH ROW EXECUTE FUNCTION claim_part_changed();
CREATE TRIGGER review_changed AFTER INSERT ON review
    FOR EACH ROW EXECUTE FUNCTION claim_part_changed();
CREATE TRIGGER claim_check_changed AFTER INSERT OR UPDATE OR DELETE ON claim_check
    FOR EACH ROW EXECUTE FUNCTION claim_part_changed();
