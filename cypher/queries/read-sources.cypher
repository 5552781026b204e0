// The Sources that evidence cites, with what server/facts checks a quote against: the kind and the full
// text, read in the writing transaction. One row per id in $ids; `found` is false for an unknown one.
UNWIND $ids AS id
OPTIONAL MATCH (s:Source {id: id})
RETURN id, s IS NOT NULL AS found, s.kind AS kind, s.text AS text
