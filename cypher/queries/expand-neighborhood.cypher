// Everything within $depth hops (clamped to 1..3) of the entity $id, at most $limit nodes (1..500),
// through $relTypes when given. MENTIONED_IN is followed only when asked for: the Source node mentions
// everything, so through it every neighbourhood would be the whole graph.
WITH CASE WHEN $depth < 1 THEN 1 WHEN $depth > 3 THEN 3 ELSE toInteger($depth) END AS depth,
     CASE WHEN $limit < 1 THEN 1 WHEN $limit > 500 THEN 500 ELSE toInteger($limit) END AS maxNodes,
     ['HOLDS', 'POSITION_IN', 'PART_OF', 'REPORTS_TO', 'JURISDICTION', 'LOCATED_IN', 'ORIGINATES_IN',
      'DESTINED_FOR', 'DISRUPTED', 'SEIZED', 'OCCURRED_IN', 'ISSUED', 'ASSIGNED_TO', 'COOPERATES_WITH',
      'UNDER_CONTROL_OF', 'PRODUCED', 'ATTENDED', 'ORGANIZED', 'MEASURES', 'ANNOUNCED',
      // Extensions of the seed graph (docs/data-model.md).
      'INCLUDES', 'INCLUDED_IN', 'PARTICIPATED_IN', 'THANKED', 'CONCERNS', 'CARRIED_OUT_BY'] AS domainTypes
WITH depth, maxNodes, domainTypes + ['MENTIONED_IN'] AS knownTypes,
     CASE WHEN $relTypes IS NULL OR size($relTypes) = 0 THEN domainTypes ELSE $relTypes END AS types
CALL apoc.util.validate(any(t IN types WHERE NOT t IN knownTypes), 'BAD_USER_INPUT: %s',
  ['relTypes may only name relationship types of the data contract'])
OPTIONAL MATCH (start:Person|Position|Agency|Region|City|SupplyChannel|Seizure|Directive|Meeting|Indicator|Measure|Source
  {id: $id})
CALL apoc.util.validate(start IS NULL, 'NOT_FOUND: %s', ['no entity with id ' + $id])
CALL apoc.path.subgraphAll(start, {
  maxLevel: depth,
  relationshipFilter: apoc.text.join(types, '|'),
  labelFilter: '-User|-AuditEvent|-Annotation',
  limit: maxNodes
}) YIELD nodes, relationships
WITH types, nodes[..maxNodes] AS nodes, relationships
WITH nodes, [r IN relationships WHERE type(r) IN types AND startNode(r) IN nodes AND endNode(r) IN nodes] AS rels
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
