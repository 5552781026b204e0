import { describe, expect, it } from 'vitest';
import { testConnection, testDriver } from '../helpers/neo4j.ts';
import { seedRows } from '../fixtures/seed/seed-rows.ts';

const rows = seedRows(testDriver(), testConnection().database);

const SEARCH = `
  CALL db.index.fulltext.queryNodes('entity_search', $text) YIELD node, score
  RETURN node.id AS id ORDER BY score DESC LIMIT 3`;

describe('seed: full-text search over names in Cyrillic and Latin', () => {
  it.each([
    ['Alenov', 'person:alenov'],
    ['Аленов', 'person:alenov'],
    ['Baurzhan', 'person:alenov'],
    ['Mukhametkaliev', 'person:mukhametkaliev'],
    ['Mukhametkaliyev', 'person:mukhametkaliev'],
    ['Мухаметкалиев', 'person:mukhametkaliev'],
    ['Алено*', 'person:alenov'],
    ['Alenof~', 'person:alenov'],
    ['Petropavl', 'city:petropavl'],
    ['Көкшетау', 'city:kokshetau'],
    ['Soltustik', 'region:north-kazakhstan'],
  ])('"%s" finds %s first', async (text, id) => {
    const found = await rows(SEARCH, { text });
    expect(found[0]?.id).toBe(id);
  });
});
