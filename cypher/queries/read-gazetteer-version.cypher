// A cheap check of whether the linker's gazetteer may have changed: how many entities there are (from the
// count store). Renames and new aliases do not change it: the cache that asks also expires.
MATCH (n:Entity)
RETURN count(n) AS entities
