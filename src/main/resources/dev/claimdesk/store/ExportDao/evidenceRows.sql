-- One row per evidence item, in claim order.
SELECT e.*, c.article_id AS article_id
FROM evidence e
JOIN claim c ON c.id = e.claim_id
WHERE (:articleId = 0 OR c.article_id = :articleId)
  AND (:state IS NULL OR c.state = :state)
  AND (:match IS NULL OR c.id IN (SELECT rowid FROM claim_search WHERE claim_search MATCH :match))
ORDER BY c.article_id, c.start_offset, e.claim_id, e.id
