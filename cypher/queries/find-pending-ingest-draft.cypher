// The pending draft of a text (by sha256), if one is waiting: proposing the same text again returns it.
MATCH (d:IngestDraft {sha256: $sha256, status: 'pending'})
RETURN d.id AS id
ORDER BY d.createdAt
LIMIT 1
