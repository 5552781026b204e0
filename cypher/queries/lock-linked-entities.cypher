// The graph's entities a reviewed draft links to ($ids), write-locked in id order before the commit writes
// anything (mentions, aliases, facts), so two commits touching the same entities take turns instead of
// waiting for each other in a cycle; then the vocabulary label of each id (null for an unknown id or a
// Source), its name and aliases, for the commit's link checks.
CALL () {
  UNWIND $ids AS id
  MATCH (n:{{id-label}} {id: id}) WHERE NOT n:Source
  WITH n ORDER BY n.id
  RETURN collect(n) AS nodes
}
CALL apoc.lock.nodes(nodes)
UNWIND $ids AS id
OPTIONAL MATCH (n:{{id-label}} {id: id}) WHERE NOT n:Source
RETURN id, head([l IN labels(n) WHERE l IN {{node-label-list}}]) AS label, n.name AS name, n.aliases AS aliases
