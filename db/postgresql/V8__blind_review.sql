-- Blind double review: SQLite's V7 in PostgreSQL's types, and the server's rules for it. The
-- adjudicator's decision (in research -> approved) is an editor's, only on a claim whose current
-- round holds two differing blind verdicts, neither of them the adjudicator's.

ALTER TABLE article ADD COLUMN review_mode text NOT NULL DEFAULT 'FOUR_EYES'
    CHECK (review_mode IN ('FOUR_EYES', 'BLIND'));
ALTER TABLE article ADD COLUMN on_agreement text NOT NULL DEFAULT 'REVIEW'
    CHECK (on_agreement IN ('REVIEW', 'APPROVE'));
CREATE INDEX review_claim_kind ON review (claim_id, kind);

INSERT INTO claim_transition (from_state, to_state, action, action_label, editors_only) VALUES
    ('IN_RESEARCH', 'APPROVED', 'ADJUDICATE', 'adjudicate', true);

-- The blind verdicts of a claim's current round (since the last send-back or return).
CREATE FUNCTION claimdesk_blind_round(claim bigint) RETURNS TABLE (reviewer text, label_id bigint)
LANGUAGE sql STABLE SET search_path = pg_catalog, public, pg_temp AS $$
    SELECT r.reviewer, r.label_id FROM public.review r
    WHERE r.claim_id = claim AND r.kind = 'BLIND'
      AND r.id > coalesce((SELECT max(b.id) FROM public.review b
                           WHERE b.claim_id = claim
                             AND ((b.kind = 'ADJUDICATION' AND b.label_id IS NULL) OR b.kind = 'RETURN')), 0)
$$;

CREATE FUNCTION claim_adjudication_rules() RETURNS trigger
LANGUAGE plpgsql SET search_path = pg_catalog, public, pg_temp AS $$
BEGIN
    IF OLD.state = 'IN_RESEARCH' AND NEW.state = 'APPROVED' THEN
        IF (SELECT count(*) FROM claimdesk_blind_round(NEW.id)) < 2
           OR (SELECT count(DISTINCT label_id) FROM claimdesk_blind_round(NEW.id)) < 2 THEN
            RAISE EXCEPTION USING ERRCODE = 'CD013',
                MESSAGE = 'Only a claim with two differing blind verdicts is adjudicated.';
        END IF;
        IF EXISTS (SELECT 1 FROM claimdesk_blind_round(NEW.id) WHERE reviewer = session_user) THEN
            RAISE EXCEPTION USING ERRCODE = 'CD004',
                MESSAGE = 'You gave one of the two verdicts, so a third reviewer has to adjudicate.';
        END IF;
    END IF;
    RETURN NEW;
END
$$;
CREATE TRIGGER claim_adjudication_rules BEFORE UPDATE OF state ON claim
    FOR EACH ROW EXECUTE FUNCTION claim_adjudication_rules();

DO $$
BEGIN
    EXECUTE format('GRANT UPDATE (review_mode, on_agreement) ON article TO %I', claimdesk_role('reviewer'));
END
$$;
