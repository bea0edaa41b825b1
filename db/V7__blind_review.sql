-- Blind double review (issue 14): each article is reviewed four-eyes (one proposes, a second
-- approves) or blind (two give verdicts independently; agreeing verdicts go on to approval, or are
-- approved at once when on_agreement is APPROVE; differing ones go to an adjudicator). The blind
-- verdicts themselves are review rows of kind BLIND; a round ends with an adjudication row without
-- a label (sent back to both) or a return.

ALTER TABLE article ADD COLUMN review_mode TEXT NOT NULL DEFAULT 'FOUR_EYES'
    CHECK (review_mode IN ('FOUR_EYES', 'BLIND'));
ALTER TABLE article ADD COLUMN on_agreement TEXT NOT NULL DEFAULT 'REVIEW'
    CHECK (on_agreement IN ('REVIEW', 'APPROVE'));

CREATE INDEX review_claim_kind ON review (claim_id, kind);
