// The linker's gazetteer: each linkable node (by label) with its names and the ids of its neighbours by the
// relationship types that tell similar entries apart ($contextTypes: a post's body, a body's region…).
MATCH (n)
WHERE any(label IN labels(n) WHERE label IN $labels) AND n.id IS NOT NULL AND n.name IS NOT NULL
WITH n, toString(date()) AS day LIMIT $limit
// Only facts that hold today: a post someone has left says nothing about who they are now.
OPTIONAL MATCH (n)-[r]-(m)
WHERE type(r) IN $contextTypes AND {{valid-on}} AND m.id IS NOT NULL
WITH n, collect(DISTINCT m.id) AS context
RETURN n.id AS id,
       [label IN labels(n) WHERE label IN $labels][0] AS label,
       n.name AS name,
       coalesce(n.aliases, []) AS aliases,
       n.nameEn AS nameEn,
       context
