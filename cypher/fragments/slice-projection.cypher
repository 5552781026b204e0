// The result of every graph view, included where a query names this file as a placeholder: the query binds
// `nodes` and `rels`, and this returns them as one GraphSlice. The projected fields are those of GraphNode and
// GraphEdge (server/schema/graph-views.graphql); a unit test keeps the two in step. `evidence` is the stored
// list of JSON texts, parsed by GraphEdge.evidence only when a client selects it; `current` is whether a
// time-bound fact holds today (null for other types), derived here and never stored. A node's `properties`
// are all the others but a Source's full text.
WITH nodes, rels, toString(date()) AS day
RETURN {
  nodes: [n IN nodes | n {
    .id, .name, .nameEn, .aliases, .year, .lat, .lon,
    label: head([l IN labels(n) WHERE l IN {{node-label-list}}] + labels(n)),
    properties: apoc.map.removeKeys(properties(n),
      ['id', 'name', 'nameEn', 'aliases', 'year', 'lat', 'lon'] + CASE WHEN 'Source' IN labels(n) THEN ['text'] ELSE [] END)
  }],
  edges: [r IN rels | {{edge-projection}}]
} AS slice
