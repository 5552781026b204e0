// The result of every graph view, included where a query names this file as a placeholder: the query binds
// `nodes` and `rels`, and this returns them as one GraphSlice. The projected fields are those of GraphNode and
// GraphEdge (server/schema/graph-views.graphql); a unit test keeps the two in step.
RETURN {
  nodes: [n IN nodes | n {
    .id, .name, .nameEn, .lat, .lon,
    label: head([l IN labels(n) WHERE l IN {{node-label-list}}] + labels(n))
  }],
  edges: [r IN rels | {{edge-projection}}]
} AS slice
