import fs from 'node:fs/promises';
import { afterEach, describe, expect, it } from 'vitest';
import { findOccurrence } from '../../seed/annotate-offsets.ts';
import { buildGraph } from '../../seed/build-graph.ts';
import { DEFAULT_DATA_DIR } from '../../seed/read-seed-files.ts';
import { SeedValidationError } from '../../seed/seed-error.ts';
import { validateSeed } from '../../seed/validate-seed.ts';
import { mutatedSeed } from '../fixtures/seed/mutated-seed.ts';

const dirs: string[] = [];
afterEach(async () => {
  await Promise.all(dirs.splice(0).map((dir) => fs.rm(dir, { recursive: true, force: true })));
});

async function problemsOf(file: string, mutate: Parameters<typeof mutatedSeed>[1]) {
  const dir = await mutatedSeed(file, mutate);
  dirs.push(dir);
  const error = await validateSeed(dir).then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(SeedValidationError);
  return (error as SeedValidationError).problems.map((p) => `${p.file} at ${p.path}: ${p.reason}`);
}

describe('the shipped seed', () => {
  it('validates, and every quote sits at its offsets in the source text', async () => {
    const seed = await validateSeed(DEFAULT_DATA_DIR);
    const text = [...seed.texts.values()][0] ?? '';
    const graph = buildGraph(seed);
    // Facts keep their quotes as evidence items; mentions keep theirs as properties.
    const quoted = [
      ...graph.relationships.flatMap((r) => r.evidence ?? []),
      ...graph.relationships.filter((r) => !r.evidence).map((r) => r.props),
    ].filter((item) => item.quote !== undefined && item.quote !== null);
    expect(quoted.length).toBeGreaterThan(100);
    for (const item of quoted) {
      expect(text.slice(Number(item.start), Number(item.end))).toBe(item.quote);
    }
  });

  it('gives every inferred evidence item and mention a basis', async () => {
    const graph = buildGraph(await validateSeed(DEFAULT_DATA_DIR));
    const items: Record<string, unknown>[] = [
      ...graph.relationships.flatMap((r) => (r.evidence ?? []).map((item) => ({ id: r.id, ...item }))),
      ...graph.relationships.filter((r) => !r.evidence).map((r) => ({ ...r.props, id: r.id })),
    ];
    const inferred = items.filter((item) => item.inferred === true);
    expect(inferred.length).toBeGreaterThan(0);
    // A basis is a sentence saying why (the shortest today is ~90 characters), not a placeholder.
    const weak = inferred.filter((item) => !/^\S.{29,}$/s.test(String(item.basis ?? '')));
    expect(weak.map((item) => item.id)).toEqual([]);
  });
});

describe('a broken seed is rejected with file, path and reason', () => {
  it('names a quote that is not at its offsets', async () => {
    const problems = await problemsOf('article-facts.json', (data) => {
      data.relationships[0] = { ...data.relationships[0], start: 0 };
      return data;
    });
    expect(problems).toEqual([
      expect.stringMatching(/^article-facts\.json at relationships\[0\]\.quote: text at \[0, /),
    ]);
  });

  it('names a schema error with its JSON path', async () => {
    const problems = await problemsOf('article-facts.json', (data) => {
      const index = data.nodes.findIndex((n) => n.label === 'Seizure');
      data.nodes[index] = { ...data.nodes[index], amountKg: '770' };
      return data;
    });
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(/^article-facts\.json at nodes\[\d+\]\.amountKg: .*number/i);
  });

  it('names an unknown node and a relationship type used between the wrong labels', async () => {
    const problems = await problemsOf('bodies.json', (data) => {
      data.relationships.push({
        type: 'PART_OF',
        from: 'agency:no-such-body',
        to: 'agency:mvd',
        references: [21],
      });
      data.relationships.push({ type: 'HOLDS', from: 'agency:mvd', to: 'agency:knb', references: [21] });
      return data;
    });
    const last = 'bodies.json at relationships';
    expect(problems).toEqual(
      expect.arrayContaining([
        expect.stringMatching(new RegExp(`^${last}\\[\\d+\\]\\.from: unknown node "agency:no-such-body"`)),
        expect.stringMatching(new RegExp(`^${last}\\[\\d+\\]\\.from: HOLDS cannot start at a Agency`)),
        expect.stringMatching(new RegExp(`^${last}\\[\\d+\\]\\.to: HOLDS cannot end at a Agency`)),
      ]),
    );
  });

  it('requires a quote on document facts and a basis on inferred ones', async () => {
    const problems = await problemsOf('article-facts.json', (data) => {
      const { quote: _q, start: _s, end: _e, ...rest } = data.relationships[0] as Record<string, unknown>;
      data.relationships[0] = rest;
      data.relationships[1] = { ...data.relationships[1], inferred: true, basis: undefined };
      return data;
    });
    expect(problems).toContain(
      'article-facts.json at relationships[0].quote: relationships taken from a document need a quote',
    );
    expect(problems).toContain(
      'article-facts.json at relationships[1].basis: inferred: true needs a basis saying what it rests on',
    );
  });

  it('rejects a node from the document without a mention, and duplicate ids', async () => {
    const problems = await problemsOf('article-facts.json', (data) => {
      data.nodes.push({ id: 'person:nobody', label: 'Person', name: 'Никто', nameEn: 'Nobody' });
      data.nodes.push({ ...data.nodes[0] });
      return data;
    });
    expect(problems).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/nodes\[\d+\]: "person:nobody" comes from the document but has no mention/),
        expect.stringMatching(/nodes\[\d+\]\.id: duplicate id/),
      ]),
    );
  });

  it('reports unparsable JSON by file', async () => {
    const problems = await problemsOf('geography.json', () => '{ "nodes": [');
    expect(problems).toEqual([expect.stringMatching(/^geography\.json at \(file\): /)]);
  });

  it('detects a changed source text by its hash', async () => {
    const problems = await problemsOf('source.json', (data) => {
      const sources = data.sources as Record<string, unknown>[];
      sources[0] = { ...sources[0], sha256: '0'.repeat(64) };
      return data;
    });
    expect(problems).toEqual([
      expect.stringMatching(/^source\.json at sources\[0\]\.textFile: sha256 is [0-9a-f]{64}/),
    ]);
  });
});

describe('findOccurrence', () => {
  it('finds the n-th occurrence, or -1', () => {
    expect(findOccurrence('a b a b a', 'a', 1)).toBe(0);
    expect(findOccurrence('a b a b a', 'a', 3)).toBe(8);
    expect(findOccurrence('a b a b a', 'a', 4)).toBe(-1);
  });
});
