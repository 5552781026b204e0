import path from 'node:path';
import type { Prf, Ratio } from './metrics.ts';
import { prf, share } from './metrics.ts';
import type { EvalResult } from './run-eval.ts';
import type { EvalSummary } from './summarise-eval.ts';
import type { Misses } from './list-misses.ts';

const num = (value: number | null, digits = 2) => (value === null ? '–' : value.toFixed(digits));
const pct = (value: number | null) => (value === null ? '–' : `${(value * 100).toFixed(1)} %`);
const pad = (text: string, width: number) => text.padEnd(width);
const lpad = (text: string | number, width: number) => String(text).padStart(width);

function prfRow(
  name: string,
  c: Prf & { precision: number | null; recall: number | null; f1: number | null },
) {
  return (
    `  ${pad(name, 22)}${lpad(c.tp + c.fn, 6)}${lpad(c.tp + c.fp, 6)}${lpad(c.tp, 6)}` +
    `${lpad(num(c.precision), 7)}${lpad(num(c.recall), 7)}${lpad(num(c.f1), 7)}`
  );
}

function ratioRow(name: string, r: Ratio, note = '') {
  return `  ${pad(name, 30)}${lpad(pct(share(r)), 9)}  (${r.correct}/${r.total})${note ? `  ${note}` : ''}`;
}

/** The evaluation as the table `npm run eval:extract` prints. */
export function formatReport(result: EvalResult, summary: EvalSummary, withMisses = false): string {
  const lines: string[] = [];
  const sets = result.gold.map((g) => `${g.source}: ${g.documents}`).join(', ');
  lines.push(`Extraction evaluation: ${result.scoredWith}, ${summary.documents} documents (${sets})`, '');
  const header = `  ${pad('', 22)}${lpad('gold', 6)}${lpad('draft', 6)}${lpad('TP', 6)}${lpad('P', 7)}${lpad('R', 7)}${lpad('F1', 7)}`;
  lines.push('Entities (label + name, overlapping mention or same node)', header);
  for (const label of Object.keys(summary.entities.byLabel).sort()) {
    lines.push(prfRow(label, summary.entities.byLabel[label]!));
  }
  lines.push(prfRow('all', summary.entities.all), '');
  lines.push('Relations (type + both ends matched)', header);
  lines.push(prfRow('stated', summary.relations.stated));
  lines.push(prfRow('inferred', summary.relations.inferred));
  lines.push(prfRow('all (flag ignored)', summary.relations.all), '');
  // Which constructions miss: recall by type says where to look next (stated and inferred together).
  lines.push('Relations by type (flag ignored)', header);
  for (const type of Object.keys(summary.relations.byType).sort())
    lines.push(prfRow(type, summary.relations.byType[type]!));
  lines.push('');
  lines.push('Accuracy');
  lines.push(ratioRow('linking (matched entities)', summary.linking));
  lines.push(ratioRow('  of which in the graph', summary.linkingExisting));
  lines.push(ratioRow('names, nominative', summary.names, 'people and places'));
  lines.push(ratioRow('figures', summary.figures, 'of all gold figures'));
  lines.push(ratioRow('  of entities found', summary.figuresFound, 'read right where the entity was found'));
  lines.push(ratioRow('time: current vs former', summary.time.current));
  lines.push(ratioRow('time: validFrom/validTo', summary.time.dates));
  lines.push(ratioRow('time: event years', summary.time.years));
  lines.push(ratioRow('time: deadlines', summary.time.deadlines));
  lines.push(ratioRow('quote validity', summary.quotes, 'quotes and mentions'));
  const ms = summary.msPerDocument;
  lines.push(
    `  ${pad('time per document (warm)', 30)}${ms ? `${lpad(ms.p50.toFixed(0), 6)} ms p50, ${ms.mean.toFixed(0)} ms mean, ${ms.max.toFixed(0)} ms max` : lpad('–', 9)}`,
    '',
  );
  lines.push(
    'Per document',
    `  ${pad('document', 44)}${lpad('ent F1', 8)}${lpad('stated F1', 11)}${lpad('ms', 8)}`,
  );
  for (const doc of result.documents) {
    const entities = Object.values(doc.entities).reduce(
      (sum, c) => ({ tp: sum.tp + c.tp, fp: sum.fp + c.fp, fn: sum.fn + c.fn }),
      { tp: 0, fp: 0, fn: 0 },
    );
    const flags = [doc.missingDraft ? 'no draft' : '', doc.sameText ? '' : 'draft text differs'].filter(
      Boolean,
    );
    lines.push(
      `  ${pad(doc.name === 'seed' ? 'seed article' : path.basename(doc.name), 44)}` +
        `${lpad(num(prf(entities).f1), 8)}${lpad(num(prf(doc.relations.stated).f1), 11)}` +
        `${lpad(doc.ms === null ? '–' : doc.ms.toFixed(0), 8)}${flags.length ? `  ${flags.join(', ')}` : ''}`,
    );
    for (const bad of doc.badQuotes) lines.push(`      bad quote: ${bad}`);
    if (withMisses) lines.push(...missLines(doc.misses));
  }
  if (summary.missingDrafts)
    lines.push('', `${summary.missingDrafts} gold document(s) had no draft and scored as empty.`);
  if (result.unmatchedDrafts.length) {
    lines.push('', `Drafts matching no gold document (by text sha256): ${result.unmatchedDrafts.join(', ')}`);
  }
  return lines.join('\n');
}

const MISS_HEADINGS: [keyof Misses, string][] = [
  ['entities', 'missed entity'],
  ['extraEntities', 'extra entity'],
  ['relations', 'missed relation'],
  ['extraRelations', 'extra relation'],
  ['figures', 'wrong figure'],
];

function missLines(misses: Misses): string[] {
  return MISS_HEADINGS.flatMap(([key, heading]) => misses[key].map((line) => `      ${heading}: ${line}`));
}
