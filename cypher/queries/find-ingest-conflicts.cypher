// What a draft's review must show before a commit (server/ingest/review/find-conflicts.ts):
// $holds — for each proposed HOLDS of an existing post, who else the graph says holds it on that day;
// $facts — which proposed facts between existing nodes the graph already has (the commit only adds evidence).
CALL (*) {
  UNWIND $holds AS c
  WITH c, c.day AS day
  MATCH (other:Person)-[r:HOLDS]->(:Position {id: c.position})
  WHERE other.id <> coalesce(c.person, '') AND {{valid-on}}
  RETURN collect({kind: 'post-held', index: c.index, id: other.id, name: other.name,
                  validFrom: r.validFrom, validTo: r.validTo}) AS held
}
WITH held, [f IN $facts | f] AS facts
CALL (facts) {
  UNWIND facts AS f
  MATCH (:{{id-label}} {id: f.from})-[r]->(:{{id-label}} {id: f.to})
  WHERE type(r) = f.type
  RETURN collect({kind: 'fact-exists', index: f.index, id: r.id, evidenceCount: r.evidenceCount}) AS existing
}
RETURN held + existing AS conflicts
