// One stored draft by id, with the id of the Source its text already is (same sha256), if any.
MATCH (d:IngestDraft {id: $id})
OPTIONAL MATCH (s:Source {sha256: d.sha256})
RETURN d {.*, existingSourceId: s.id} AS draft
