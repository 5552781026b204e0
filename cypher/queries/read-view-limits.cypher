// The bounds the graph views apply, so clients warn from the server's real limits instead of retyping
// them. Each number is the clamp written in the view's own query (expand-neighborhood.cypher,
// find-edges-among.cypher); test/integration/api-edges-among.test.ts checks them against what those
// queries actually return or refuse.
RETURN { neighborhoodNodes: 500, edgesAmongIds: 1000 } AS limits
