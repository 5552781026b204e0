// With $asOf, keeps only the facts that held on that date (types that are not time-bound always do) and the
// nodes still reached from `root` through them within `reach` hops, breadth-first over the kept facts;
// without $asOf, `nodes` and `rels` pass unchanged. The query binds root, reach, nodes and rels.
WITH root, reach, nodes, rels, CASE WHEN $asOf IS NULL THEN null ELSE toString($asOf) END AS day
WITH root, reach, nodes, day, CASE WHEN day IS NULL THEN rels
  ELSE [r IN rels WHERE NOT type(r) IN {{time-bound-type-list}} OR {{valid-on}}] END AS rels
WITH nodes, rels, day, CASE WHEN day IS NULL THEN [] ELSE reduce(seen = [root], hop IN range(1, reach) |
  apoc.coll.toSet(seen + [r IN rels WHERE startNode(r) IN seen OR endNode(r) IN seen |
    CASE WHEN startNode(r) IN seen THEN endNode(r) ELSE startNode(r) END])) END AS reached
WITH CASE WHEN day IS NULL THEN nodes ELSE [n IN nodes WHERE n IN reached] END AS nodes,
     CASE WHEN day IS NULL THEN rels ELSE [r IN rels WHERE startNode(r) IN reached AND endNode(r) IN reached] END AS rels
