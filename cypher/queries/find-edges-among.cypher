// Every relationship whose two ends are both among the entities $ids (at most 1,000 ids; more is refused
// with BAD_USER_INPUT), through $relTypes when given, else through every relationship type of the data
// contract, MENTIONED_IN included: the client asks this after each change so that all relationships
// among what is on the canvas are drawn. Unknown ids are ignored (a canvas may hold a node since deleted).
WITH 1000 AS maxIds,
     ['HOLDS', 'POSITION_IN', 'PART_OF', 'REPORTS_TO', 'JURISDICTION', 'LOCATED_IN', 'ORIGINATES_IN',
      'DESTINED_FOR', 'DISRUPTED', 'SEIZED', 'OCCURRED_IN', 'ISSUED', 'ASSIGNED_TO', 'COOPERATES_WITH',
      'UNDER_CONTROL_OF', 'PRODUCED', 'ATTENDED', 'ORGANIZED', 'MEASURES', 'ANNOUNCED',
      // Extensions of the seed graph (docs/data-model.md).
      'INCLUDES', 'INCLUDED_IN', 'PARTICIPATED_IN', 'THANKED', 'CONCERNS', 'CARRIED_OUT_BY',
      'MENTIONED_IN'] AS knownTypes
CALL apoc.util.validate(size($ids) > maxIds, 'BAD_USER_INPUT: %s',
  ['edgesAmong takes at most ' + maxIds + ' ids, got ' + size($ids)])
WITH knownTypes, CASE WHEN $relTypes IS NULL OR size($relTypes) = 0 THEN knownTypes ELSE $relTypes END AS types
CALL apoc.util.validate(any(t IN types WHERE NOT t IN knownTypes), 'BAD_USER_INPUT: %s',
  ['relTypes may only name relationship types of the data contract'])
MATCH (a:Person|Position|Agency|Region|City|SupplyChannel|Seizure|Directive|Meeting|Indicator|Measure|Source)
WHERE a.id IN $ids
MATCH (a)-[r]->(b:Person|Position|Agency|Region|City|SupplyChannel|Seizure|Directive|Meeting|Indicator|Measure|Source)
WHERE type(r) IN types AND b.id IN $ids
RETURN r {
  .quote, .sourceId, .start, .end, .basis,
  id: coalesce(r.id, elementId(r)), type: type(r), source: a.id, target: b.id,
  inferred: coalesce(r.inferred, false)
} AS edge
ORDER BY edge.id
