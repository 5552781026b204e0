// Closes a pending draft: `committed` (with the Source it became) or `discarded`. The status check and the
// write are one statement, so two editors cannot commit one draft twice. No row when it was not pending.
MATCH (d:IngestDraft {id: $id})
WITH d, d.status AS was
SET d.status = CASE WHEN was = 'pending' THEN $status ELSE was END,
    d.closedBy = CASE WHEN was = 'pending' THEN $actor ELSE d.closedBy END,
    d.closedAt = CASE WHEN was = 'pending' THEN $now ELSE d.closedAt END,
    d.sourceId = CASE WHEN was = 'pending' THEN $sourceId ELSE d.sourceId END
RETURN was
