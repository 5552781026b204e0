// Creates an investigation owned by the caller (no $id) or replaces the name, state and sharing of one the
// caller owns. Checked first: a name of 1..120 characters, a state of at most 200 000, known role names.
WITH trim(coalesce($name, '')) AS name, coalesce($sharedWith, []) AS shared, toString(datetime()) AS now
CALL apoc.util.validate(size(name) < 1 OR size(name) > 120, 'BAD_USER_INPUT: %s',
  ['name: 1 to 120 characters'])
CALL apoc.util.validate(size($state) > 200000, 'BAD_USER_INPUT: %s', ['state: at most 200000 characters'])
CALL apoc.util.validate(any(r IN shared WHERE NOT r IN ['viewer', 'analyst', 'editor', 'admin']),
  'BAD_USER_INPUT: %s', ['sharedWith: roles are viewer, analyst, editor, admin'])
CALL (name, shared, now) {
  WITH name, shared, now WHERE $id IS NULL
  CREATE (i:Investigation {id: 'investigation:' + randomUUID(), owner: $jwt.sub, createdAt: now})
  SET i.name = name, i.state = $state, i.sharedWith = apoc.coll.toSet(shared), i.updatedAt = now
  RETURN i
  UNION
  WITH name, shared, now WHERE $id IS NOT NULL
  OPTIONAL MATCH (found:Investigation {id: $id, owner: $jwt.sub})
  CALL apoc.util.validate(found IS NULL, 'NOT_FOUND: %s', ['no investigation with id ' + $id + ' of yours'])
  SET found.name = name, found.state = $state, found.sharedWith = apoc.coll.toSet(shared),
      found.updatedAt = now
  RETURN found AS i
}
RETURN i {
  .id, .name, .owner, .state, .createdAt, .updatedAt,
  sharedWith: coalesce(i.sharedWith, []),
  mine: true
} AS investigation
