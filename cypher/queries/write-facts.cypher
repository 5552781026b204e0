// Writes facts, one row each: `props` come from server/facts (the evidence list, its `sourceIds`, the
// counts, the primary item's v1 mirror, validFrom/validTo). A row with an `elementId` updates that fact;
// any other MERGEs on its id between its ends, so writing the same fact again changes nothing.
// v1 stored `current` and `since` on HOLDS; v2 derives `current` at read time and calls `since` validFrom.
UNWIND $rows AS row
CALL (row) {
  WITH row WHERE row.elementId IS NOT NULL
  MATCH ()-[r]->() WHERE elementId(r) = row.elementId
  SET r += row.props, r.id = coalesce(r.id, row.id)
  RETURN r
  UNION
  WITH row WHERE row.elementId IS NULL
  MATCH (a:{{id-label}} {id: row.from})
  MATCH (b:{{id-label}} {id: row.to})
  MERGE (a)-[r:$(row.type) {id: row.id}]->(b)
  SET r += row.props
  RETURN r
}
REMOVE r.current, r.since
RETURN count(r) AS written
