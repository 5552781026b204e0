// The investigations the caller may open (theirs, those shared with one of their roles, all for an admin),
// most recently changed first, at most 100.
MATCH (i:Investigation)
WHERE {{investigation-open-to-caller}}
WITH i ORDER BY i.updatedAt DESC LIMIT 100
RETURN i {
  .id, .name, .owner, .state, .createdAt, .updatedAt,
  sharedWith: coalesce(i.sharedWith, []),
  mine: i.owner = $jwt.sub
} AS investigation
