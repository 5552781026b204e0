// Every fact that cites this Source (`this`), found through the `fact_sources` index (the id quoted and
// escaped, which the `keyword` analyzer matches as one whole id), ordered by fact id; $offset (>= 0) and
// $limit (1..100) are clamped. Each comes with its ends and this source's evidence items only.
WITH this, '"' + replace(replace(this.id, '\\', '\\\\'), '"', '\\"') + '"' AS term
CALL db.index.fulltext.queryRelationships('fact_sources', term) YIELD relationship AS r
WITH this, r WHERE this.id IN r.sourceIds
WITH this, r ORDER BY r.id
SKIP CASE WHEN $offset < 0 THEN 0 ELSE toInteger($offset) END
LIMIT CASE WHEN $limit < 1 THEN 1 WHEN $limit > 100 THEN 100 ELSE toInteger($limit) END
WITH this, r, startNode(r) AS a, endNode(r) AS b
RETURN {
  id: coalesce(r.id, elementId(r)), type: type(r),
  from: a.id, fromName: a.name, fromLabel: head([l IN labels(a) WHERE l IN {{node-label-list}}]),
  to: b.id, toName: b.name, toLabel: head([l IN labels(b) WHERE l IN {{node-label-list}}]),
  evidence: [e IN r.evidence WHERE apoc.convert.fromJsonMap(e).sourceId = this.id]
} AS fact
