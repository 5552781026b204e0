// One investigation the caller may open (theirs, shared with one of their roles, or any for an admin).
// Anything else is NOT_FOUND, so a caller learns nothing about investigations that are not theirs to see.
OPTIONAL MATCH (i:Investigation {id: $id})
WITH i WHERE i IS NOT NULL AND {{investigation-open-to-caller}}
WITH collect(i)[0] AS i
CALL apoc.util.validate(i IS NULL, 'NOT_FOUND: %s', ['no investigation with id ' + $id + ' is open to you'])
RETURN i {
  .id, .name, .owner, .state, .createdAt, .updatedAt,
  sharedWith: coalesce(i.sharedWith, []),
  mine: i.owner = $jwt.sub
} AS investigation
