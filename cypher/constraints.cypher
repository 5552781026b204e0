// Schema for the OpsGraph seed graph (issue 3). Every statement is idempotent (IF NOT EXISTS);
// server/neo4j/apply-constraints.ts splits this file on `;` at line ends and skips `//` lines.

// Uniqueness of `id` per label: the MERGE key of the seed loader (and an index for lookups by id).
CREATE CONSTRAINT person_id IF NOT EXISTS FOR (n:Person) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT position_id IF NOT EXISTS FOR (n:Position) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT agency_id IF NOT EXISTS FOR (n:Agency) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT region_id IF NOT EXISTS FOR (n:Region) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT city_id IF NOT EXISTS FOR (n:City) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT supply_channel_id IF NOT EXISTS FOR (n:SupplyChannel) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT seizure_id IF NOT EXISTS FOR (n:Seizure) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT directive_id IF NOT EXISTS FOR (n:Directive) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT meeting_id IF NOT EXISTS FOR (n:Meeting) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT indicator_id IF NOT EXISTS FOR (n:Indicator) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT measure_id IF NOT EXISTS FOR (n:Measure) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT source_id IF NOT EXISTS FOR (n:Source) REQUIRE n.id IS UNIQUE;

// Lookup indexes for the filters the API and the docs' queries use.
CREATE INDEX region_iso IF NOT EXISTS FOR (n:Region) ON (n.iso);
CREATE INDEX indicator_year_metric IF NOT EXISTS FOR (n:Indicator) ON (n.year, n.metric);
CREATE INDEX seizure_year IF NOT EXISTS FOR (n:Seizure) ON (n.year);
CREATE INDEX supply_channel_year IF NOT EXISTS FOR (n:SupplyChannel) ON (n.year);
CREATE INDEX agency_kind IF NOT EXISTS FOR (n:Agency) ON (n.kind);
CREATE INDEX mentioned_in_source IF NOT EXISTS FOR ()-[r:MENTIONED_IN]-() ON (r.sourceId);

// One full-text index over the names of every entity label, for `search` in Cyrillic and Latin.
// 'standard-no-stop-words': Unicode word segmentation (UAX #29) and lower-casing work the same for Russian,
// Kazakh and Latin script; no stemming (names are not prose, and stems break prefix queries such as
// 'Але*'); no stop words, so short name parts are kept. Typos: fuzzy terms ('Alenof~'). Case forms such
// as 'Аленова' are found by prefix ('Аленов*'). `aliases` is a LIST<STRING>: every element is indexed.
CREATE FULLTEXT INDEX entity_search IF NOT EXISTS
FOR (n:Person|Position|Agency|Region|City|SupplyChannel|Seizure|Directive|Meeting|Indicator|Measure|Source)
ON EACH [n.name, n.nameEn, n.aliases]
OPTIONS { indexConfig: { `fulltext.analyzer`: 'standard-no-stop-words', `fulltext.eventually_consistent`: false } };
