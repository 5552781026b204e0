// read-fact-ends.cypher for many facts at once ($facts: {index, id, type, from, to}), for the batch
// server/facts/recordFacts: one row per fact with its ends' labels and the existing fact of its type between
// them. Every end that exists ($ids) is write-locked first, in one call and in id order (read-fact-ends
// locks its two in the same order), so writers of one fact take turns, each reading the evidence the other
// committed, and two batches sharing ends never wait for each other in a cycle.
UNWIND $ids AS id
MATCH (n:{{id-label}} {id: id})
WITH n ORDER BY n.id
WITH collect(n) AS ends
CALL apoc.lock.nodes(ends)
UNWIND $facts AS f
OPTIONAL MATCH (a:{{id-label}} {id: f.from})
OPTIONAL MATCH (b:{{id-label}} {id: f.to})
CALL (a, b, f) {
  OPTIONAL MATCH (a)-[r]->(b) WHERE type(r) = f.type
  RETURN r ORDER BY CASE WHEN r.id = f.id THEN 0 ELSE 1 END, r.id LIMIT 1
}
RETURN f.index AS index,
       head([l IN labels(a) WHERE l IN {{node-label-list}}]) AS fromLabel,
       head([l IN labels(b) WHERE l IN {{node-label-list}}]) AS toLabel,
       elementId(r) AS elementId, r.id AS id, r.evidence AS evidence,
       r.validFrom AS validFrom, r.validTo AS validTo
