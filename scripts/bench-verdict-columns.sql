-- The baseline for 'scripts/bench.sh export': the verdict CSV's 21 columns, in order, computed by
-- SQLite alone (the sqlite3 tool writes the CSV). ClaimDesk's own query reads fewer text columns
-- and fills titles and names from caches, but writes exactly these columns.
SELECT c.id AS claim_id, c.article_id, a.title AS article_title, a.url AS article_url, c.text AS claim_text,
       c.claimant, (SELECT group_concat(value, '; ') FROM json_each(c.kinds)) AS kinds, c.state,
       l.name AS verdict, s.name AS verdict_scale, c.rationale,
       coalesce(e.n, 0) AS evidence_count, coalesce(e.supporting, 0) AS supporting,
       coalesce(e.refuting, 0) AS refuting, c.verdict_by AS reviewer, ap.reviewer AS approved_by,
       substr(c.updated_at, 1, 19) || 'Z' AS updated_at, lower(replace(c.state, '_', ' ')) AS state_label,
       printf('%.4f', c.checkworthiness) AS score,
       (SELECT replace(lower(replace(group_concat(DISTINCT json_extract(value, '$.code')), ',', '; ')), '_', ' ')
        FROM json_each(c.flags)) AS red_flags,
       lower(replace(c.dismiss_reason, '_', ' ')) AS dismiss_reason
FROM claim c
JOIN article a ON a.id = c.article_id
LEFT JOIN verdict_label l ON l.id = c.verdict_label_id
LEFT JOIN verdict_scale s ON s.id = l.scale_id
LEFT JOIN (SELECT claim_id, count(*) AS n, sum(stance = 'SUPPORTS') AS supporting, sum(stance = 'REFUTES') AS refuting
           FROM evidence GROUP BY claim_id) e ON e.claim_id = c.id
LEFT JOIN review ap ON ap.id = (SELECT max(r.id) FROM review r WHERE r.claim_id = c.id AND r.kind = 'APPROVAL')
ORDER BY c.article_id, c.start_offset, c.id
