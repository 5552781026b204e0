// The ends of a fact ($from and $to: entity ids) with their labels, and the fact of $type between them if
// there is one: the one whose id is $id, else the first by id, so evidence goes to the fact that exists and
// never into a second one. server/facts reads it in the writing transaction, before its checks. Both ends
// are write-locked first, so two writers of one fact take turns: the second reads the evidence the first
// committed instead of overwriting it with a list that misses it. They are locked in id order, as
// read-facts-ends.cypher locks a batch's ends, so a single write and a batch take them in one order.
OPTIONAL MATCH (a:{{id-label}} {id: $from})
OPTIONAL MATCH (b:{{id-label}} {id: $to})
CALL apoc.lock.nodes(CASE WHEN a.id > b.id THEN [b, a] ELSE [n IN [a, b] WHERE n IS NOT NULL] END)
CALL (a, b) {
  OPTIONAL MATCH (a)-[r]->(b) WHERE type(r) = $type
  RETURN r ORDER BY CASE WHEN r.id = $id THEN 0 ELSE 1 END, r.id LIMIT 1
}
RETURN head([l IN labels(a) WHERE l IN {{node-label-list}}]) AS fromLabel,
       head([l IN labels(b) WHERE l IN {{node-label-list}}]) AS toLabel,
       elementId(r) AS elementId, r.id AS id, r.evidence AS evidence,
       r.validFrom AS validFrom, r.validTo AS validTo
