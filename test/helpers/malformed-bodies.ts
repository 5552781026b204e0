import fc from 'fast-check';

/** One hostile request to `/graphql`: raw bytes, a content type, and whether it carries a valid token. */
export interface MalformedRequest {
  kind: string;
  body: string | Uint8Array<ArrayBuffer>;
  contentType: string;
  authenticated: boolean;
}

const JSON_TYPE = 'application/json';
const json = (kind: string, value: unknown) => ({
  kind,
  body: JSON.stringify(value),
  contentType: JSON_TYPE,
});
const junk = fc.oneof(fc.string(), fc.integer(), fc.double(), fc.boolean(), fc.constant(null), fc.object());

const badJson = fc
  .oneof(
    fc.constantFrom('{', '{"query": ', "{'query': '{ a }'}", '{"query": "{ a }",}', '[', 'NaN', '{"a":1}}'),
    fc.string().map((s) => `{"query": "${s}`),
    fc.string({ minLength: 1 }).filter((s) => {
      try {
        JSON.parse(s);
        return false;
      } catch {
        return true;
      }
    }),
  )
  .map((body) => ({ kind: 'bad JSON', body, contentType: JSON_TYPE }));

const wrongTypes = fc
  .record({ query: junk, variables: junk, operationName: junk, extensions: junk })
  .map((r) => json('wrong types', r));

const huge = fc
  .tuple(fc.integer({ min: 20_000, max: 95_000 }), fc.constantFrom('query', 'variables', 'over limit'))
  .map(([n, where]) => {
    const s = 'я'.repeat(where === 'over limit' ? 80_000 : n / 2);
    if (where === 'query') return json('huge string', { query: `{ search(text: "${s}") { id } }` });
    return json('huge string', { query: '{ __typename }', variables: { s } });
  });

// Lone continuation bytes, overlong encodings, surrogate halves, bytes that never occur in UTF-8.
const invalidUtf8 = fc
  .tuple(fc.string(), fc.constantFrom([0xff], [0xc0, 0xaf], [0xed, 0xa0, 0x80], [0x80, 0x80], [0xfe, 0xfe]))
  .map(([text, bad]) => {
    const head = new TextEncoder().encode(`{"query": "{ search(text: \\"${text.replace(/["\\]/g, '')}`);
    const tail = new TextEncoder().encode('\\") { id } }"}');
    return {
      kind: 'invalid UTF-8',
      body: new Uint8Array([...head, ...bad, ...tail]),
      contentType: JSON_TYPE,
    };
  });

const deep = fc
  .tuple(fc.integer({ min: 50, max: 20_000 }), fc.constantFrom('json', 'selection', 'list'))
  .map(([n, where]) => {
    if (where === 'json') {
      return {
        kind: 'deep nesting',
        body: `{"query":"{ __typename }","variables":{"v":${'['.repeat(n)}${']'.repeat(n)}}}`,
        contentType: JSON_TYPE,
      };
    }
    const depth = Math.min(n, 2_000);
    if (where === 'list')
      return json('deep nesting', {
        query: `{ search(text: ${'['.repeat(depth)}"a"${']'.repeat(depth)}) { id } }`,
      });
    return json('deep nesting', {
      query: `{ ${'agencies { partOf { '.repeat(depth / 2)}id${' } }'.repeat(depth / 2)} }`,
    });
  });

const aliasFlood = fc
  .tuple(fc.integer({ min: 16, max: 1_500 }), fc.constantFrom('__typename', 'people(limit: 1) { id }'))
  .map(([n, field]) =>
    json('alias flood', { query: `{ ${Array.from({ length: n }, (_, i) => `a${i}: ${field}`).join(' ')} }` }),
  );

const unknownFields = fc
  .tuple(
    fc
      .string({ minLength: 1, maxLength: 20 })
      .filter((k) => !['query', 'variables', 'operationName', 'extensions'].includes(k)),
    junk,
    fc.constantFrom('{ nope }', '{ people { secret } }', 'query { __typename }'),
  )
  .map(([key, value, query]) => json('unknown fields', { query, [key]: value }));

const batched = fc
  .array(fc.record({ query: fc.constantFrom('{ __typename }', '{ people { id } }') }), {
    minLength: 0,
    maxLength: 30,
  })
  .map((batch) => json('batched array', batch));

const randomQuery = fc
  .oneof(fc.string(), fc.string({ unit: 'grapheme' }), fc.stringMatching(/^[{}()[\]:$@!"a-z ,.]{1,200}$/))
  .map((query) => json('random query text', { query }));

const oddContentType = fc
  .tuple(
    fc.constantFrom(
      'text/plain',
      'application/xml',
      'multipart/form-data',
      'application/json; charset=latin1',
      '',
    ),
    fc.string(),
  )
  .map(([contentType, body]) => ({ kind: 'odd content type', body, contentType }));

const family = fc.oneof(
  badJson,
  wrongTypes,
  huge,
  invalidUtf8,
  deep,
  aliasFlood,
  unknownFields,
  batched,
  randomQuery,
  oddContentType,
);

/**
 * `count` hostile requests across every family the issue names, reproducible from `seed`. Generated in
 * chunks, so a memory measurement around the run sees the server, not thousands of bodies held at once.
 */
export function* malformedRequests(count: number, seed = 7, chunk = 200): Generator<MalformedRequest> {
  for (let done = 0; done < count; done += chunk) {
    const numRuns = Math.min(chunk, count - done);
    for (const [request, authenticated] of fc.sample(fc.tuple(family, fc.boolean()), {
      numRuns,
      seed: seed + done,
    })) {
      yield { ...request, authenticated };
    }
  }
}
