// Everything within $depth hops (clamped to 1..3) of the entity $id, at most $limit nodes (1..500),
// through $relTypes when given. MENTIONED_IN is followed only when asked for: the Source node mentions
// everything, so through it every neighbourhood would be the whole graph. With $asOf, only the facts valid
// on that date and what they reach (the $limit applies before that filter).
WITH CASE WHEN $depth < 1 THEN 1 WHEN $depth > 3 THEN 3 ELSE toInteger($depth) END AS depth,
     CASE WHEN $limit < 1 THEN 1 WHEN $limit > 500 THEN 500 ELSE toInteger($limit) END AS maxNodes,
     {{domain-type-list}} AS domainTypes
WITH depth, maxNodes, domainTypes, {{relationship-type-list}} AS knownTypes,
     CASE WHEN $relTypes IS NULL OR size($relTypes) = 0 THEN domainTypes ELSE $relTypes END AS types
CALL apoc.util.validate(any(t IN types WHERE NOT t IN knownTypes), 'BAD_USER_INPUT: %s',
  ['relTypes may only name relationship types of the data contract'])
OPTIONAL MATCH (start:{{id-label}} {id: $id})
CALL apoc.util.validate(start IS NULL, 'NOT_FOUND: %s', ['no entity with id ' + $id])
CALL apoc.path.subgraphAll(start, {
  maxLevel: depth,
  relationshipFilter: apoc.text.join(types, '|'),
  labelFilter: '-User|-AuditEvent|-Annotation',
  limit: maxNodes
}) YIELD nodes, relationships
WITH start AS root, depth AS reach, types, nodes[..maxNodes] AS nodes, relationships
WITH root, reach, nodes,
     [r IN relationships WHERE type(r) IN types AND startNode(r) IN nodes AND endNode(r) IN nodes] AS rels
{{as-of-filter}}
{{slice-projection}}
