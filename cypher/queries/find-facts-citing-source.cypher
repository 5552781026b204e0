// Every fact that cites the Source $sourceId, found through the `fact_sources` index: $term is the id
// quoted and escaped, which the `keyword` analyzer matches as one whole id. With its evidence and the
// element ids of its ends, for server/facts/retract-source.ts.
// Each fact is write-locked before its evidence is read, so a concurrent recordFact cannot slip an item in
// between this read and the retraction's write.
CALL db.index.fulltext.queryRelationships('fact_sources', $term) YIELD relationship AS r
WITH r WHERE $sourceId IN r.sourceIds
WITH collect(r) AS facts
CALL apoc.lock.rels(facts)
UNWIND facts AS r
RETURN elementId(r) AS elementId, r.evidence AS evidence,
       elementId(startNode(r)) AS fromElementId, elementId(endNode(r)) AS toElementId
