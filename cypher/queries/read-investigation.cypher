// One investigation the caller owns or that is shared with one of the caller's roles. Anything else is
// NOT_FOUND, so a caller learns nothing about investigations that are not theirs to see.
OPTIONAL MATCH (i:Investigation {id: $id})
WITH i WHERE i IS NOT NULL
  AND (i.owner = $jwt.sub OR any(role IN i.sharedWith WHERE role IN coalesce($jwt.roles, [])))
WITH collect(i)[0] AS i
CALL apoc.util.validate(i IS NULL, 'NOT_FOUND: %s', ['no investigation with id ' + $id + ' is open to you'])
RETURN i {
  .id, .name, .owner, .state, .createdAt, .updatedAt,
  sharedWith: coalesce(i.sharedWith, []),
  mine: i.owner = $jwt.sub
} AS investigation
