// The stored evidence of facts given by id and ends ($rows: {id, from, to}), for merging new items into
// it (server/facts/mergeEvidence): re-seeding replaces the seed's own items and keeps everything else.
// The ends are write-locked first, as in read-facts-ends.cypher, so no other writer changes the list between
// this read and the write.
UNWIND $rows AS row
MATCH (a:{{id-label}} {id: row.from})-[r {id: row.id}]->(b:{{id-label}} {id: row.to})
CALL apoc.lock.nodes([a, b])
RETURN row.id AS id, r.evidence AS evidence
