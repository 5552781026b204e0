// Deletes an investigation the caller owns; NOT_FOUND for anyone else's (or none).
OPTIONAL MATCH (i:Investigation {id: $id, owner: $jwt.sub})
CALL apoc.util.validate(i IS NULL, 'NOT_FOUND: %s', ['no investigation with id ' + $id + ' of yours'])
DETACH DELETE i
RETURN true AS deleted
