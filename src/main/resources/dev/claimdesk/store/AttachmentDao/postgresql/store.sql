INSERT INTO attachment_content (content, media_type, created_by, created_at)
VALUES (:content, :mediaType, :createdBy, :createdAt)
ON CONFLICT (sha256) DO NOTHING
