// Whether the caller may open the investigation `i`: its owner, an admin, or a user holding one of the roles
// it is shared with (the token lists every role its holder has). The one rule behind listing, opening and
// the notes of an investigation.
(i.owner = $jwt.sub
  OR 'admin' IN coalesce($jwt.roles, [])
  OR any(role IN coalesce(i.sharedWith, []) WHERE role IN coalesce($jwt.roles, [])))
