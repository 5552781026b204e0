// The caller's investigations and those shared with one of the caller's roles (the token lists every role
// its holder has: an editor's lists viewer, analyst and editor), most recently changed first, at most 100.
MATCH (i:Investigation)
WHERE i.owner = $jwt.sub OR any(role IN i.sharedWith WHERE role IN coalesce($jwt.roles, []))
WITH i ORDER BY i.updatedAt DESC LIMIT 100
RETURN i {
  .id, .name, .owner, .state, .createdAt, .updatedAt,
  sharedWith: coalesce(i.sharedWith, []),
  mine: i.owner = $jwt.sub
} AS investigation
