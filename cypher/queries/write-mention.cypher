// Records where an entity is named: one MENTIONED_IN per (entity, source, offset), MERGEd by its id, with the
// checked evidence server/facts/record-mention.ts computed. With $alias, the surface form joins the entity's
// aliases (once) and the mention records it, so retracting the source can take the alias back out.
MATCH (n:{{id-label}} {id: $nodeId}) WHERE NOT n:Source
MATCH (s:Source {id: $sourceId})
MERGE (n)-[m:MENTIONED_IN {id: $id}]->(s)
SET m += $props
WITH n, m
CALL (n) {
  WITH n WHERE $alias IS NOT NULL AND NOT $alias IN coalesce(n.aliases, [])
  SET n.aliases = coalesce(n.aliases, []) + $alias
}
RETURN m.id AS id
