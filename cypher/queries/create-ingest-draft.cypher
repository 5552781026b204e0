// Stores a proposed draft for review: one :IngestDraft node beside the graph, with no Entity label and no
// relationship, so no view, search or GraphQL domain type can reach it. The Draft JSON is kept whole.
CREATE (d:IngestDraft {
  id: $id, status: 'pending', draft: $draft, decisions: $decisions, sha256: $sha256, title: $title,
  fileName: $fileName, language: $language, publishedAt: $publishedAt, extractor: $extractor,
  entityCount: $entityCount, relationshipCount: $relationshipCount,
  createdBy: $actor, createdAt: $now, updatedBy: $actor, updatedAt: $now})
RETURN d {.*} AS draft
