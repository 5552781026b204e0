// The vocabulary label of each id in $ids (null for an unknown id or a Source), for linking checks.
UNWIND $ids AS id
OPTIONAL MATCH (n:{{id-label}} {id: id}) WHERE NOT n:Source
RETURN id, head([l IN labels(n) WHERE l IN {{node-label-list}}]) AS label, n.name AS name, n.aliases AS aliases
