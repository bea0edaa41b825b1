-- The verdict CSV's columns only (design.md section 6). Every text column read costs a JNI call
-- per row, so article title/URL and verdict/scale names come from small caches by id instead.
SELECT c.id                AS claim_id,
       c.article_id        AS article_id,
       c.text              AS claim_text,
       c.claimant          AS claimant,
       c.kinds             AS kinds,
       c.state             AS state,
       c.verdict_label_id  AS verdict_label_id,
       c.rationale         AS rationale,
       coalesce(e.n, 0)          AS evidence_count,
       coalesce(e.supporting, 0) AS supporting,
       coalesce(e.refuting, 0)   AS refuting,
       c.verdict_by        AS reviewer,
       ap.reviewer         AS approved_by,
       c.updated_at        AS updated_at,
       c.checkworthiness   AS checkworthiness,
       -- Most claims have no flag: only flagged ones pay for unpacking the JSON.
       CASE WHEN c.flags = '[]' THEN NULL
            ELSE (SELECT group_concat(DISTINCT json_extract(value, '$.code')) FROM json_each(c.flags)) END AS flags,
       c.dismiss_reason    AS dismiss_reason
FROM claim c
LEFT JOIN (SELECT claim_id, count(*) AS n,
                  sum(stance = 'SUPPORTS') AS supporting,
                  sum(stance = 'REFUTES') AS refuting
           FROM evidence GROUP BY claim_id) e ON e.claim_id = c.id
LEFT JOIN review ap ON ap.id = (SELECT max(r.id) FROM review r WHERE r.claim_id = c.id AND r.kind = 'APPROVAL')
WHERE (:articleId = 0 OR c.article_id = :articleId)
  AND (:state IS NULL OR c.state = :state)
  AND (:match IS NULL OR c.id IN (SELECT rowid FROM claim_search WHERE claim_search MATCH :match))
ORDER BY c.article_id, c.start_offset, c.id
