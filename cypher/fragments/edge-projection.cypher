r {
    .evidence, .validFrom, .validTo, .quote, .sourceId, .start, .end, .basis,
    id: coalesce(r.id, elementId(r)), type: type(r), source: startNode(r).id, target: endNode(r).id,
    inferred: coalesce(r.inferred, false),
    current: CASE WHEN type(r) IN {{time-bound-type-list}} THEN {{valid-on}} END
  }
