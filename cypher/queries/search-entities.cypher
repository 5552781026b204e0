// Full-text search over name, nameEn and aliases of every entity label: Cyrillic or Latin,
// prefix- and typo-tolerant (each word matches as `word*` or `word~`), ranked by Lucene score.
// Parameters: $text (user input: everything but letters and digits is dropped, so no Lucene syntax
// gets through), $limit (clamped to 1..100).
WITH [w IN split(apoc.text.regreplace(toLower(trim($text)), '[^\\p{L}\\p{N}]+', ' '), ' ') WHERE w <> ''][..8]
       AS words
CALL apoc.util.validate(size(words) = 0, 'BAD_USER_INPUT: %s', ['search text needs a letter or a digit'])
WITH reduce(q = '', w IN words |
  q + CASE WHEN q = '' THEN '' ELSE ' AND ' END
    + '(' + w + '^2 OR ' + w + '* OR ' + w + CASE WHEN size(w) > 3 THEN '~' ELSE '*' END + ')') AS lucene
CALL db.index.fulltext.queryNodes('entity_search', lucene) YIELD node, score
WITH node, score
ORDER BY score DESC, node.id
// LIMIT accepts only expressions of parameters, so the clamp is written here.
LIMIT CASE WHEN $limit < 1 THEN 1 WHEN $limit > 100 THEN 100 ELSE toInteger($limit) END
RETURN {
  id: node.id,
  label: head([l IN labels(node) WHERE l IN {{node-label-list}}] + labels(node)),
  name: node.name,
  nameEn: node.nameEn,
  score: score
} AS hit
