// Renders client/src/generated/vocabulary.ts: the per-label and per-type tables the client's style, legend
// and i18n read. The client imports neither server/ nor vocabulary/, so it gets them as a generated file.
import path from 'node:path';
import { repoRoot } from '../server/config.ts';
import {
  ENTITY_LABELS,
  LABELS,
  NODE_LABELS,
  RELATIONSHIPS,
  RELATIONSHIP_TYPES,
} from '../vocabulary/index.ts';
import { formatLike } from './format-generated.ts';
import { generatedHeader } from './generated-header.ts';

export const clientVocabularyPath = path.join(repoRoot, 'client', 'src', 'generated', 'vocabulary.ts');

/** The text of client/src/generated/vocabulary.ts. */
export async function renderClientVocabulary(): Promise<string> {
  const labels = NODE_LABELS.map((label) => {
    const { ru, en, look } = LABELS[label];
    return { label, ru, en, ...look };
  });
  const types = RELATIONSHIP_TYPES.map((type) => {
    const { timeBound, ru, en } = RELATIONSHIPS[type];
    return { type, timeBound, ru, en };
  });
  const text = [
    generatedHeader('//'),
    '',
    '/** Node labels of the data contract in legend order: display names and canvas look. */',
    `export const LABELS = ${JSON.stringify(labels)} as const;`,
    '',
    '/** Labels of entities, in legend order: everything a Source can mention (a reviewer may give any). */',
    `export const ENTITY_LABELS = ${JSON.stringify(ENTITY_LABELS)} as const;`,
    '',
    '/** Relationship types: whether a fact holds for a period, edge captions and chain sentences. */',
    `export const REL_TYPES = ${JSON.stringify(types)} as const;`,
    '',
    "export type NodeLabel = (typeof LABELS)[number]['label'];",
    "export type RelType = (typeof REL_TYPES)[number]['type'];",
    '',
    'const LABEL_NAMES: ReadonlySet<string> = new Set(LABELS.map((l) => l.label));',
    'const TYPE_NAMES: ReadonlySet<string> = new Set(REL_TYPES.map((t) => t.type));',
    '',
    '/** True for a label of the data contract (a string from a URL or a form may be anything). */',
    'export function isNodeLabel(name: string): name is NodeLabel {',
    '  return LABEL_NAMES.has(name);',
    '}',
    '',
    '/** True for a relationship type of the data contract. */',
    'export function isRelType(name: string): name is RelType {',
    '  return TYPE_NAMES.has(name);',
    '}',
    '',
  ].join('\n');
  return formatLike(clientVocabularyPath, text);
}
