// Records where entities are named ($rows: {index, nodeId, sourceId, id, props, alias}): one MENTIONED_IN per
// (entity, source, offset), MERGEd by its id, with the checked evidence server/facts/record-mention.ts
// computed. With an alias, the surface form joins the entity's aliases (once) and the mention records it, so
// retracting the source can take the alias back out. Returns the index of every row written: a row whose
// entity or source does not exist returns nothing.
UNWIND $rows AS row
MATCH (n:{{id-label}} {id: row.nodeId}) WHERE NOT n:Source
MATCH (s:Source {id: row.sourceId})
MERGE (n)-[m:MENTIONED_IN {id: row.id}]->(s)
SET m += row.props
WITH n, row
CALL (n, row) {
  WITH n, row WHERE row.alias IS NOT NULL AND NOT row.alias IN coalesce(n.aliases, [])
  SET n.aliases = coalesce(n.aliases, []) + row.alias
}
RETURN row.index AS index
