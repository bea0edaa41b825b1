-- The team server's evidenceRows (see ../evidenceRows.sql).
SELECT e.*, c.article_id AS article_id
FROM evidence e
JOIN claim c ON c.id = e.claim_id
WHERE (:articleId = 0 OR c.article_id = :articleId)
  AND (CAST(:state AS text) IS NULL OR c.state = CAST(:state AS text))
  AND (CAST(:match AS text) IS NULL
       OR c.id IN (SELECT claim_id FROM claim_search WHERE document @@ to_tsquery('simple', CAST(:match AS text))))
ORDER BY c.article_id, c.start_offset, e.claim_id, e.id
