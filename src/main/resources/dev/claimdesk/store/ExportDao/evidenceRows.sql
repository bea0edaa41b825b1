-- One row per evidence item, in claim order.
SELECT e.*, c.article_id AS article_id
FROM evidence e
JOIN claim c ON c.id = e.claim_id
WHERE (:articleId = 0 OR c.article_id = :articleId)
ORDER BY c.article_id, c.start_offset, e.claim_id, e.id
