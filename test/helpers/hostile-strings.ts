import fc from 'fast-check';

// Fragments that break naive Cypher, Lucene or JSON handling if any of them reached a query as text.
const FRAGMENTS = [
  '"',
  "'",
  '\\',
  '`',
  "'}) MATCH (n) DETACH DELETE n //",
  '" OR 1=1 --',
  '$id',
  '{',
  '}',
  '*',
  '~',
  '?',
  ' AND ',
  ' OR ',
  'NOT ',
  ':',
  '/*',
  '*/',
  '\u0000',
  '\n',
  '+-&&||!(){}[]^"~*?:\\/',
  'person:alenov',
  'Аленов',
  '${',
  '\uFEFF',
  '\u202E',
];

/** Strings an attacker would try: any code points, graphemes, and joined injection fragments. */
export const hostileString = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 120 }),
  fc.string({ unit: 'grapheme', maxLength: 40 }),
  fc.constantFrom(...FRAGMENTS),
  fc.array(fc.constantFrom(...FRAGMENTS), { minLength: 1, maxLength: 8 }).map((parts) => parts.join('')),
  fc.string({ minLength: 2_000, maxLength: 5_000 }),
);
