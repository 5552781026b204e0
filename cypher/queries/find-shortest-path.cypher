// One shortest route between two entities, at most $maxHops hops (clamped to 1..10), through domain
// relationships in either direction. MENTIONED_IN and ANNOTATES are left out: through the Source node
// every pair would be two hops apart. No route within the bound gives an empty slice, not an error.
WITH CASE WHEN $maxHops < 1 THEN 1 WHEN $maxHops > 10 THEN 10 ELSE toInteger($maxHops) END AS maxHops
OPTIONAL MATCH (a:Person|Position|Agency|Region|City|SupplyChannel|Seizure|Directive|Meeting|Indicator|Measure|Source
  {id: $fromId})
OPTIONAL MATCH (b:Person|Position|Agency|Region|City|SupplyChannel|Seizure|Directive|Meeting|Indicator|Measure|Source
  {id: $toId})
CALL apoc.util.validate(a IS NULL, 'NOT_FOUND: %s', ['no entity with id ' + $fromId])
CALL apoc.util.validate(b IS NULL, 'NOT_FOUND: %s', ['no entity with id ' + $toId])
// Nested so that "no route" still gives one row; shortestPath refuses a = b, hence the first branch.
CALL (a, b, maxHops) {
  CALL (a, b, maxHops) {
    WITH a, b, maxHops WHERE a = b
    RETURN [a] AS nodes, [] AS rels
    UNION
    WITH a, b, maxHops WHERE a <> b
    MATCH p = shortestPath((a)-[:HOLDS|POSITION_IN|PART_OF|REPORTS_TO|JURISDICTION|LOCATED_IN|ORIGINATES_IN|
      DESTINED_FOR|DISRUPTED|SEIZED|OCCURRED_IN|ISSUED|ASSIGNED_TO|COOPERATES_WITH|UNDER_CONTROL_OF|PRODUCED|ATTENDED|
      ORGANIZED|MEASURES|ANNOUNCED|INCLUDES|INCLUDED_IN|PARTICIPATED_IN|THANKED|CONCERNS|CARRIED_OUT_BY*..10]-(b))
    WITH p, maxHops WHERE length(p) <= maxHops
    RETURN nodes(p) AS nodes, relationships(p) AS rels
  }
  RETURN collect({nodes: nodes, rels: rels})[0] AS found
}
WITH coalesce(found.nodes, []) AS nodes, coalesce(found.rels, []) AS rels
RETURN {
  nodes: [n IN nodes | n {
    .id, .name, .nameEn, .lat, .lon,
    label: head([l IN labels(n) WHERE l IN ['Person', 'Position', 'Agency', 'Region', 'City', 'SupplyChannel',
      'Seizure', 'Directive', 'Meeting', 'Indicator', 'Measure', 'Source']] + labels(n))
  }],
  edges: [r IN rels | r {
    .quote, .sourceId, .start, .end, .basis,
    id: coalesce(r.id, elementId(r)), type: type(r), source: startNode(r).id, target: endNode(r).id,
    inferred: coalesce(r.inferred, false)
  }]
} AS slice
