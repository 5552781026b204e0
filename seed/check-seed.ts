import { factId } from '../server/facts/fact-id.ts';
import { quoteProblem, validityProblem } from '../server/facts/check-fact.ts';
import type { SeedFiles } from './read-seed-files.ts';
import type { SeedProblem } from './seed-error.ts';
import type { SeedNode, SeedRelationship } from './seed-schema.ts';
import { RELATIONSHIP_ENDS, type NodeLabel } from '../vocabulary/index.ts';

type Report = (path: string, reason: string) => void;

interface Quoted {
  quote?: string | undefined;
  start?: number | undefined;
  end?: number | undefined;
}

/** The stable id of a relationship: readable, and the MERGE key that makes re-runs idempotent. */
export function relationshipId(rel: Pick<SeedRelationship, 'type' | 'from' | 'to' | 'key'>): string {
  return factId(rel);
}

// The API's evidence checks (server/facts), so a seed quote is held to exactly the same rule.
function checkQuote(item: Quoted, text: string | undefined, report: Report): void {
  if (item.quote === undefined) return;
  if (text === undefined)
    return report('sourceId', 'the quote needs a known sourceId (on the item or the file)');
  if (item.start === undefined || item.end === undefined) {
    return report('start', 'a quote needs start and end offsets (run `npx tsx seed/annotate-offsets.ts`)');
  }
  const problem = quoteProblem(item, text);
  if (problem) report(problem.field, problem.reason);
}

function checkCaveats(
  item: { inferred?: boolean; basis?: string; basisRu?: string; unsure?: boolean; notes?: string },
  report: Report,
) {
  if (item.inferred && !item.basis) report('basis', 'inferred: true needs a basis saying what it rests on');
  // The workspace shows the basis in the interface's language; a Russian reader must not get English.
  if (item.basis && !item.basisRu) report('basisRu', 'a basis needs its Russian text (basisRu)');
  if (item.unsure && !item.notes) report('notes', 'unsure: true needs notes saying what is unconfirmed');
}

/** Cross-file checks the schemas cannot express; every problem names its file and JSON path. */
export function checkSeed(seed: SeedFiles, problems: SeedProblem[]): void {
  const labels = new Map<string, NodeLabel>(seed.sources.map((s) => [s.id, 'Source']));
  const refNumbers = new Set(seed.references.references.map((r) => r.n));
  const relIds = new Set<string>();
  const mentioned = new Set<string>();

  for (const { file, data } of seed.graphs) {
    data.nodes.forEach((node: SeedNode, i) => {
      const report: Report = (p, reason) => problems.push({ file, path: `nodes[${i}].${p}`, reason });
      if (labels.has(node.id)) report('id', `duplicate id "${node.id}" (ids are unique across all files)`);
      labels.set(node.id, node.label);
      checkCaveats(node, report);
      for (const n of node.references ?? [])
        if (!refNumbers.has(n)) report('references', `unknown reference [${n}]`);
    });
  }

  for (const { file, data } of seed.graphs) {
    const fileText = data.sourceId ? seed.texts.get(data.sourceId) : undefined;
    if (data.sourceId && !labels.has(data.sourceId)) {
      problems.push({ file, path: 'sourceId', reason: `unknown source "${data.sourceId}"` });
    }
    data.relationships.forEach((rel, i) => {
      const report: Report = (p, reason) => problems.push({ file, path: `relationships[${i}].${p}`, reason });
      const [fromLabels, toLabels] = RELATIONSHIP_ENDS[rel.type] as readonly [
        readonly string[],
        readonly string[],
      ];
      const from = labels.get(rel.from);
      const to = labels.get(rel.to);
      if (!from) report('from', `unknown node "${rel.from}"`);
      else if (!fromLabels.includes(from))
        report('from', `${rel.type} cannot start at a ${from} (${rel.from})`);
      if (!to) report('to', `unknown node "${rel.to}"`);
      else if (!toLabels.includes(to)) report('to', `${rel.type} cannot end at a ${to} (${rel.to})`);
      const rid = relationshipId(rel);
      if (relIds.has(rid)) report('key', `duplicate relationship ${rid}: add a distinct "key"`);
      relIds.add(rid);
      const text = rel.sourceId ? seed.texts.get(rel.sourceId) : fileText;
      if (data.sourceId && rel.quote === undefined)
        report('quote', 'relationships taken from a document need a quote');
      if (!data.sourceId && !rel.quote && !rel.references && !rel.inferred) {
        report('references', 'reference data needs references (or inferred: true with a basis)');
      }
      checkQuote(rel, text, report);
      checkCaveats(rel, report);
      const validity = validityProblem(rel.type, rel);
      if (validity) report(validity.field, validity.reason);
      for (const n of rel.references ?? [])
        if (!refNumbers.has(n)) report('references', `unknown reference [${n}]`);
    });
    data.mentions.forEach((mention, i) => {
      const report: Report = (p, reason) => problems.push({ file, path: `mentions[${i}].${p}`, reason });
      if (!labels.has(mention.node)) report('node', `unknown node "${mention.node}"`);
      if (!data.sourceId) report('node', 'mentions need the file-level sourceId');
      checkQuote(mention, fileText, report);
      mentioned.add(mention.node);
    });
    if (data.sourceId) {
      data.nodes.forEach((node, i) => {
        if (mentioned.has(node.id)) return;
        problems.push({
          file,
          path: `nodes[${i}]`,
          reason: `"${node.id}" comes from the document but has no mention`,
        });
      });
    }
  }
}
