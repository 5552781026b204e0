// Documents in the graph (Sources of kind document), newest first, with how many facts cite each and the
// drafts committed from them. Text is left out: the list is a page of summaries.
MATCH (s:Source {kind: 'document'})
OPTIONAL MATCH (d:IngestDraft {sha256: s.sha256, status: 'committed'})
WITH s, collect(d.id) AS drafts
RETURN s {.id, .title, .publishedAt, .language, .sha256, .addedBy, addedAt: toString(s.addedAt), .publisher, .url,
          length: size(s.text), drafts: drafts} AS source
ORDER BY s.addedAt DESC, s.id
SKIP $offset
LIMIT $limit
