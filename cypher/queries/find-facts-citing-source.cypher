// Every fact that cites the Source $sourceId, found through the `fact_sources` index: $term is the id
// quoted and escaped, which the `keyword` analyzer matches as one whole id. With its evidence and the
// element ids of its ends, for server/facts/retract-source.ts.
CALL db.index.fulltext.queryRelationships('fact_sources', $term) YIELD relationship AS r
WITH r WHERE $sourceId IN r.sourceIds
RETURN elementId(r) AS elementId, r.evidence AS evidence,
       elementId(startNode(r)) AS fromElementId, elementId(endNode(r)) AS toElementId
