-- The team server's verdictRows (see ../verdictRows.sql): the same rows and columns, in
-- PostgreSQL's words (jsonb functions, string_agg, FILTER, typed parameters).
SELECT c.id                AS claim_id,
       c.article_id        AS article_id,
       a.title             AS article_title,
       a.url               AS article_url,
       a.outlet            AS article_outlet,
       a.published_on      AS article_published_on,
       c.text              AS claim_text,
       c.claimant          AS claimant,
       (SELECT string_agg(k, ';' ORDER BY n) FROM jsonb_array_elements_text(c.kinds) WITH ORDINALITY AS t(k, n))
                           AS kinds,
       c.checkworthiness   AS checkworthiness,
       (SELECT string_agg(code, ',' ORDER BY first)
        FROM (SELECT f ->> 'code' AS code, min(n) AS first
              FROM jsonb_array_elements(c.flags) WITH ORDINALITY AS t(f, n) GROUP BY 1) x) AS flags,
       c.state             AS state,
       c.dismiss_reason    AS dismiss_reason,
       l.name              AS verdict,
       l.code              AS verdict_code,
       l.rating_value      AS verdict_ordinal,
       coalesce(l.alternate_name, l.name) AS verdict_published,
       s.name              AS verdict_scale,
       (SELECT max(rating_value) FROM verdict_label WHERE scale_id = l.scale_id) AS scale_best,
       (SELECT min(rating_value) FROM verdict_label WHERE scale_id = l.scale_id) AS scale_worst,
       c.rationale         AS rationale,
       coalesce(e.n, 0)         AS evidence_count,
       coalesce(e.supporting, 0) AS supporting,
       coalesce(e.refuting, 0)   AS refuting,
       c.verdict_by        AS reviewer,
       ap.reviewer         AS approved_by,
       ap.created_at       AS approved_at,
       c.updated_at        AS updated_at
FROM claim c
JOIN article a ON a.id = c.article_id
LEFT JOIN verdict_label l ON l.id = c.verdict_label_id
LEFT JOIN verdict_scale s ON s.id = l.scale_id
LEFT JOIN (SELECT claim_id, count(*) AS n,
                  count(*) FILTER (WHERE stance = 'SUPPORTS') AS supporting,
                  count(*) FILTER (WHERE stance = 'REFUTES') AS refuting
           FROM evidence GROUP BY claim_id) e ON e.claim_id = c.id
LEFT JOIN review ap ON ap.id = (SELECT max(r.id) FROM review r WHERE r.claim_id = c.id AND r.kind = 'APPROVAL')
WHERE (:articleId = 0 OR c.article_id = :articleId)
  AND (CAST(:state AS text) IS NULL OR c.state = CAST(:state AS text))
  AND (CAST(:match AS text) IS NULL
       OR c.id IN (SELECT claim_id FROM claim_search WHERE document @@ to_tsquery('simple', CAST(:match AS text))))
  AND (NOT :onlyApproved OR c.state = 'APPROVED')
ORDER BY c.article_id, c.start_offset, c.id
