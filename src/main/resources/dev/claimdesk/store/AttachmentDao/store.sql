INSERT OR IGNORE INTO attachment_content (sha256, content, byte_size, media_type, created_by, created_at)
VALUES (:sha256, :content, :byteSize, :mediaType, :createdBy, :createdAt)
