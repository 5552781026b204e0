// The ends of facts ($facts: {index, id, type, from, to}) for server/facts (recordFact, addEvidence and the
// batch recordFacts), read in the writing transaction before its checks: one row per fact with its ends'
// labels and the existing fact of its type between them (the one whose id is f.id, else the first by id, so
// evidence goes to the fact that exists and never into a second one). Every end that exists ($ids) is
// write-locked first, in one call and in id order, so writers of one fact take turns, each reading the
// evidence the other committed, and two writers sharing ends never wait for each other in a cycle.
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
