// The drug supply network of one region: channels destined for it, the cities they originate in (and
// those cities' regions, for the map), the bodies that disrupted them, and seizures in the region or its
// cities with the bodies that made them. With $asOf, only the facts valid on that date and what they reach.
OPTIONAL MATCH (region:Region {id: $regionId})
CALL apoc.util.validate(region IS NULL, 'NOT_FOUND: %s', ['no region with id ' + $regionId])
// Nested so that a region without any of these edges still gives one (empty) row.
CALL (region) {
  CALL (region) {
    MATCH (region)<-[r:DESTINED_FOR]-(:SupplyChannel) RETURN r
    UNION
    MATCH (region)<-[:DESTINED_FOR]-(:SupplyChannel)-[r:ORIGINATES_IN]->(:City) RETURN r
    UNION
    MATCH (region)<-[:DESTINED_FOR]-(:SupplyChannel)-[:ORIGINATES_IN]->(:City)-[r:LOCATED_IN]->(:Region) RETURN r
    UNION
    MATCH (region)<-[:DESTINED_FOR]-(:SupplyChannel)<-[r:DISRUPTED]-(:Agency) RETURN r
    UNION
    MATCH (region)<-[r:OCCURRED_IN]-(:Seizure) RETURN r
    UNION
    MATCH (region)<-[:LOCATED_IN]-(:City)<-[r:OCCURRED_IN]-(:Seizure) RETURN r
    UNION
    MATCH (region)<-[:OCCURRED_IN]-(:Seizure)<-[r:SEIZED]-(:Agency) RETURN r
    UNION
    MATCH (region)<-[:LOCATED_IN]-(:City)<-[:OCCURRED_IN]-(:Seizure)<-[r:SEIZED]-(:Agency) RETURN r
  }
  RETURN collect(DISTINCT r) AS rels
}
WITH region AS root, 3 AS reach, rels,
     apoc.coll.toSet([region] + apoc.coll.flatten([r IN rels | [startNode(r), endNode(r)]])) AS nodes
{{as-of-filter}}
{{slice-projection}}
