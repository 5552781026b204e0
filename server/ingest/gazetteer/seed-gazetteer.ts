import fs from 'node:fs/promises';
import path from 'node:path';
import { repoRoot } from '../../config.ts';
import type { GazetteerEntry } from '../draft.ts';

/** The seed's data folder; read as data (JSON), never as code, so ingestion does not depend on the seed loader. */
export const SEED_DATA_DIR = path.join(repoRoot, 'seed', 'data');

const GRAPH_FILES = ['geography.json', 'bodies.json', 'article-facts.json'];

/** Labels worth linking a mention to; events (seizures, meetings…) are new in each document. */
export const LINKABLE_LABELS = ['Person', 'Position', 'Agency', 'Region', 'City', 'Operation'];

/** Relationship types whose other end helps tell two entries apart (a post's body, a body's region…). */
export const CONTEXT_TYPES: readonly string[] = [
  'POSITION_IN',
  'PART_OF',
  'JURISDICTION',
  'LOCATED_IN',
  'REPORTS_TO',
  'HOLDS',
];
const CONTEXT_TYPE_SET = new Set(CONTEXT_TYPES);

interface SeedNode {
  id: string;
  label: string;
  name: string;
  nameEn?: string;
  nameKk?: string;
  aliases?: string[];
  kind?: string;
  abbreviation?: string;
  centreId?: string;
}

/** The gazetteer built from the seed files alone: works with no database. */
export async function loadSeedGazetteer(dir: string = SEED_DATA_DIR): Promise<GazetteerEntry[]> {
  const nodes: SeedNode[] = [];
  const relationships: { type: string; from: string; to: string; current?: boolean }[] = [];
  for (const file of GRAPH_FILES) {
    const data = JSON.parse(await fs.readFile(path.join(dir, file), 'utf8')) as {
      nodes: SeedNode[];
      relationships?: typeof relationships;
    };
    nodes.push(...data.nodes);
    relationships.push(...(data.relationships ?? []));
  }
  return gazetteerFrom(nodes, relationships);
}

/** Entries for the linkable nodes, each with the ids of its neighbours by the context types. */
export function gazetteerFrom(
  nodes: SeedNode[],
  relationships: { type: string; from: string; to: string; current?: boolean }[],
): GazetteerEntry[] {
  const context = new Map<string, Set<string>>();
  const add = (a: string, b: string) => {
    if (!context.has(a)) context.set(a, new Set());
    context.get(a)!.add(b);
  };
  for (const rel of relationships) {
    if (!CONTEXT_TYPE_SET.has(rel.type) || rel.current === false) continue;
    add(rel.from, rel.to);
    add(rel.to, rel.from);
  }
  for (const node of nodes) if (node.centreId) add(node.id, node.centreId);
  return nodes
    .filter((node) => LINKABLE_LABELS.includes(node.label))
    .map((node) => ({
      id: node.id,
      label: node.label,
      name: node.name,
      aliases: [...new Set([...(node.aliases ?? []), ...(node.nameKk ? [node.nameKk] : [])])],
      nameEn: node.nameEn ?? null,
      context: [...(context.get(node.id) ?? [])],
    }));
}
