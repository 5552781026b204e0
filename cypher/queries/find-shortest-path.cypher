// One shortest route between two entities, at most $maxHops hops (clamped to 1..10), through domain
// relationships in either direction. MENTIONED_IN is left out (it is no domain type): through the Source
// node every pair would be two hops apart. No route within the bound gives an empty slice, not an error.
WITH CASE WHEN $maxHops < 1 THEN 1 WHEN $maxHops > 10 THEN 10 ELSE toInteger($maxHops) END AS maxHops
OPTIONAL MATCH (a:{{node-labels}} {id: $fromId})
OPTIONAL MATCH (b:{{node-labels}} {id: $toId})
CALL apoc.util.validate(a IS NULL, 'NOT_FOUND: %s', ['no entity with id ' + $fromId])
CALL apoc.util.validate(b IS NULL, 'NOT_FOUND: %s', ['no entity with id ' + $toId])
// Nested so that "no route" still gives one row; shortestPath refuses a = b, hence the first branch.
CALL (a, b, maxHops) {
  CALL (a, b, maxHops) {
    WITH a, b, maxHops WHERE a = b
    RETURN [a] AS nodes, [] AS rels
    UNION
    WITH a, b, maxHops WHERE a <> b
    MATCH p = shortestPath((a)-[:{{domain-types}}*..10]-(b))
    WITH p, maxHops WHERE length(p) <= maxHops
    RETURN nodes(p) AS nodes, relationships(p) AS rels
  }
  RETURN collect({nodes: nodes, rels: rels})[0] AS found
}
WITH coalesce(found.nodes, []) AS nodes, coalesce(found.rels, []) AS rels
{{slice-projection}}
