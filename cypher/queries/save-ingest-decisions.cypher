// Saves a pending draft's review decisions (the whole JSON, merged by the caller). No row when the draft
// is unknown or no longer pending.
MATCH (d:IngestDraft {id: $id, status: 'pending'})
SET d.decisions = $decisions, d.updatedBy = $actor, d.updatedAt = $now
RETURN d.id AS id
