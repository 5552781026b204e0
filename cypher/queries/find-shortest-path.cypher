// One shortest route between two entities, at most $maxHops hops (clamped to 1..10), through domain
// relationships in either direction. MENTIONED_IN is left out (it is no domain type): through the Source
// node every pair would be two hops apart. No route within the bound gives an empty slice, not an error.
// With $asOf, the route is searched among the facts valid on that date only.
WITH CASE WHEN $maxHops < 1 THEN 1 WHEN $maxHops > 10 THEN 10 ELSE toInteger($maxHops) END AS maxHops,
     CASE WHEN $asOf IS NULL THEN null ELSE toString($asOf) END AS day
OPTIONAL MATCH (a:{{id-label}} {id: $fromId})
OPTIONAL MATCH (b:{{id-label}} {id: $toId})
CALL apoc.util.validate(a IS NULL, 'NOT_FOUND: %s', ['no entity with id ' + $fromId])
CALL apoc.util.validate(b IS NULL, 'NOT_FOUND: %s', ['no entity with id ' + $toId])
// Nested so that "no route" still gives one row; shortestPath refuses a = b, hence the first branch.
// The asOf branch gives shortestPath its predicate on every relationship, which it checks while it searches.
CALL (a, b, maxHops, day) {
  CALL (a, b, maxHops, day) {
    WITH a, b, maxHops WHERE a = b
    RETURN [a] AS nodes, [] AS rels
    UNION
    WITH a, b, maxHops, day WHERE a <> b AND day IS NULL
    MATCH p = shortestPath((a)-[:{{domain-types}}*..10]-(b))
    WITH p, maxHops WHERE length(p) <= maxHops
    RETURN nodes(p) AS nodes, relationships(p) AS rels
    UNION
    WITH a, b, maxHops, day WHERE a <> b AND day IS NOT NULL
    MATCH p = shortestPath((a)-[:{{domain-types}}*..10]-(b))
    WHERE all(r IN relationships(p) WHERE NOT type(r) IN {{time-bound-type-list}} OR {{valid-on}})
    WITH p, maxHops WHERE length(p) <= maxHops
    RETURN nodes(p) AS nodes, relationships(p) AS rels
  }
  RETURN collect({nodes: nodes, rels: rels})[0] AS found
}
WITH coalesce(found.nodes, []) AS nodes, coalesce(found.rels, []) AS rels
{{slice-projection}}
