// The Source of a committed document: found by its text's sha256 (one Source per text, never a copy), or
// created with its text and metadata, the id label, and who added it when. `created` says which; the kind
// and text come back for the evidence checks of the commit's mentions and facts.
MERGE (s:Source {sha256: $sha256})
ON CREATE SET s:{{id-label}}, s += $props, s.id = $id, s.kind = 'document', s.addedBy = $actor,
  s.addedAt = $now, s.provenance = 'source', s.ingestCreated = true
WITH s, s.ingestCreated IS NOT NULL AS created
REMOVE s.ingestCreated
RETURN s.id AS id, created, s.kind AS kind, s.text AS text
