// Every relationship whose two ends are both among the entities $ids (at most 1,000 ids; more is refused
// with BAD_USER_INPUT), through $relTypes when given, else through every relationship type of the data
// contract, MENTIONED_IN included: the client asks this after each change so that all relationships
// among what is on the canvas are drawn. Unknown ids are ignored (a canvas may hold a node since deleted).
WITH 1000 AS maxIds, {{relationship-type-list}} AS knownTypes
CALL apoc.util.validate(size($ids) > maxIds, 'BAD_USER_INPUT: %s',
  ['edgesAmong takes at most ' + maxIds + ' ids, got ' + size($ids)])
WITH knownTypes, CASE WHEN $relTypes IS NULL OR size($relTypes) = 0 THEN knownTypes ELSE $relTypes END AS types
CALL apoc.util.validate(any(t IN types WHERE NOT t IN knownTypes), 'BAD_USER_INPUT: %s',
  ['relTypes may only name relationship types of the data contract'])
MATCH (a:{{id-label}})
WHERE a.id IN $ids
MATCH (a)-[r]->(b:{{id-label}})
WHERE type(r) IN types AND b.id IN $ids
WITH r, toString(date()) AS day
RETURN {{edge-projection}} AS edge
ORDER BY edge.id
