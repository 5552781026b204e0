// The typed chain behind one directive: the posts it is under the control of (and their holders and
// bodies), the meeting that produced it and the instruction that includes it, its issuer with his post and body, its assignees (with their
// bodies) and the partner bodies named in it. Every edge keeps its evidence. With $asOf, only the facts
// valid on that date and what they reach: a post he had left by then is not in the chain.
OPTIONAL MATCH (d:Directive {id: $directiveId})
CALL apoc.util.validate(d IS NULL, 'NOT_FOUND: %s', ['no directive with id ' + $directiveId])
// Nested so that a directive without any of these edges still gives one (empty) row.
CALL (d) {
  CALL (d) {
    MATCH (d)-[r:UNDER_CONTROL_OF|ASSIGNED_TO|COOPERATES_WITH]->() RETURN r
    UNION
    MATCH (d)<-[r:ISSUED|PRODUCED|INCLUDES]-() RETURN r
    UNION
    MATCH (d)<-[:ISSUED]-(:Person)-[r:HOLDS]->() RETURN r
    UNION
    MATCH (d)<-[:ISSUED]-(:Person)-[:HOLDS]->(:Position)-[r:POSITION_IN]->() RETURN r
    UNION
    MATCH (d)-[:UNDER_CONTROL_OF|ASSIGNED_TO]->(:Position)-[r:POSITION_IN]->() RETURN r
    UNION
    MATCH (d)-[:UNDER_CONTROL_OF]->(:Position)<-[r:HOLDS]-() RETURN r
  }
  RETURN collect(DISTINCT r) AS rels
}
WITH d AS root, 3 AS reach, rels,
     apoc.coll.toSet([d] + apoc.coll.flatten([r IN rels | [startNode(r), endNode(r)]])) AS nodes
{{as-of-filter}}
{{slice-projection}}
