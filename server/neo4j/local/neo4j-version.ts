/**
 * The one pin for Neo4j and APOC. 5.26.19 is the newest 5.26.x for which both the server modules
 * (org.neo4j:neo4j, org.neo4j.app:neo4j-server) and the matching apoc-core/apoc-common resolve on
 * Maven Central (server modules go up to 5.26.31, APOC stops at 5.26.19). docker-compose.yml uses
 * the same version; a unit test keeps them in step.
 */
export const NEO4J_VERSION = '5.26.19';
export const APOC_VERSION = '5.26.19';

/** Oldest Java that Neo4j 5.26 runs on. */
export const MIN_JAVA_MAJOR = 17;
