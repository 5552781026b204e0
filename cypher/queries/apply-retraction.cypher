// Retracts the Source $sourceId once server/facts/retract-source.ts has taken its items out of every fact
// that cites it: writes the facts that keep evidence ($updates), deletes those left without ($deletes),
// deletes the source's mentions and the aliases only they recorded, then every document-derived node
// (provenance 'source') left with no mention and no fact, then the Source. Reference nodes stay.
MATCH (s:Source {id: $sourceId})
CALL (s) {
  UNWIND $updates AS row
  MATCH ()-[r]->() WHERE elementId(r) = row.elementId
  SET r += row.props
  RETURN count(r) AS factsUpdated
}
CALL (s) {
  UNWIND $deletes AS elementId
  MATCH ()-[r]->() WHERE elementId(r) = elementId
  DELETE r
  RETURN count(*) AS factsDeleted
}
CALL (s) {
  OPTIONAL MATCH (n)-[m:MENTIONED_IN]->(s)
  WITH n, m, m.alias AS alias
  DELETE m
  WITH n, alias, count(m) AS deleted
  CALL (n, alias) {
    WITH n, alias WHERE alias IS NOT NULL AND alias IN n.aliases
      AND NOT EXISTS { (n)-[o:MENTIONED_IN]->() WHERE o.alias = alias }
    SET n.aliases = [a IN n.aliases WHERE a <> alias]
    RETURN count(*) AS removed
  }
  RETURN sum(deleted) AS mentionsDeleted, sum(removed) AS aliasesRemoved,
         collect(DISTINCT elementId(n)) AS mentioned
}
CALL (s, mentioned) {
  UNWIND $candidates + mentioned AS elementId
  MATCH (n) WHERE elementId(n) = elementId
  WITH DISTINCT n
  WHERE n.provenance = 'source' AND NOT n:Source AND NOT EXISTS { (n)--() }
  DETACH DELETE n
  RETURN count(*) AS nodesDeleted
}
DETACH DELETE s
RETURN factsUpdated, factsDeleted, mentionsDeleted, aliasesRemoved, nodesDeleted
