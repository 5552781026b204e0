// The stored evidence of facts given by id and ends ($rows: {id, from, to}), for merging new items into
// it (server/facts/mergeEvidence): re-seeding replaces the seed's own items and keeps everything else.
UNWIND $rows AS row
MATCH (:Entity {id: row.from})-[r {id: row.id}]->(:Entity {id: row.to})
RETURN row.id AS id, r.evidence AS evidence
