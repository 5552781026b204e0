// The review queue: drafts of the given statuses, newest first, without their texts (a page of summaries).
MATCH (d:IngestDraft)
WHERE d.status IN $statuses
OPTIONAL MATCH (s:Source {sha256: d.sha256})
RETURN d {.id, .status, .sha256, .title, .fileName, .language, .publishedAt, .extractor, .entityCount,
          .relationshipCount, .createdBy, .createdAt, .updatedBy, .updatedAt, .closedBy, .closedAt,
          .sourceId, existingSourceId: s.id} AS draft
ORDER BY d.createdAt DESC, d.id
SKIP $offset
LIMIT $limit
