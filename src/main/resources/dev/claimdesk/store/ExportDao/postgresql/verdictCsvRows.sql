-- The team server's verdictCsvRows (see ../verdictCsvRows.sql): the same columns in the same order.
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
       CASE WHEN c.flags = '[]'::jsonb THEN NULL
            ELSE (SELECT string_agg(code, ',' ORDER BY first)
                  FROM (SELECT f ->> 'code' AS code, min(n) AS first
                        FROM jsonb_array_elements(c.flags) WITH ORDINALITY AS t(f, n) GROUP BY 1) x) END AS flags,
       c.dismiss_reason    AS dismiss_reason
FROM claim c
LEFT JOIN (SELECT claim_id, count(*) AS n,
                  count(*) FILTER (WHERE stance = 'SUPPORTS') AS supporting,
                  count(*) FILTER (WHERE stance = 'REFUTES') AS refuting
           FROM evidence GROUP BY claim_id) e ON e.claim_id = c.id
LEFT JOIN review ap ON ap.id = (SELECT max(r.id) FROM review r WHERE r.claim_id = c.id AND r.kind = 'APPROVAL')
WHERE (:articleId = 0 OR c.article_id = :articleId)
  AND (CAST(:state AS text) IS NULL OR c.state = CAST(:state AS text))
  AND (CAST(:match AS text) IS NULL
       OR c.id IN (SELECT claim_id FROM claim_search WHERE document @@ to_tsquery('simple', CAST(:match AS text))))
ORDER BY c.article_id, c.start_offset, c.id
