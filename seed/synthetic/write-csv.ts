import fs from 'node:fs';
import path from 'node:path';
import { ID_LABEL, NODE_LABELS, type NodeLabel } from '../../vocabulary/index.ts';
import { nodeBatches, relationshipBatches } from './generate-graph.ts';
import type { GraphPlan } from './graph-plan.ts';
import { makeNode, type PropValue } from './node-factory.ts';
import { csvType, type CsvType } from './prop-types.ts';

/** The files of one import: one per label and one per relationship type, each with its header line. */
export interface CsvFiles {
  nodes: { label: NodeLabel; file: string }[];
  relationships: { type: string; file: string }[];
}

// Every relationship file has the same columns (a fact's and a mention's properties, data contract v2);
// an empty field means "no such property" to neo4j-admin.
const REL_COLUMNS: readonly [string, CsvType][] = [
  ['id', 'string'],
  ['evidence', 'string[]'],
  ['sourceIds', 'string[]'],
  ['evidenceCount', 'int'],
  ['inferred', 'boolean'],
  ['sourceId', 'string'],
  ['quote', 'string'],
  ['start', 'int'],
  ['end', 'int'],
  ['basis', 'string'],
  ['validFrom', 'string'],
  ['validTo', 'string'],
  ['extractor', 'string'],
];

/** One CSV field: strings always quoted (RFC 4180 doubling), arrays joined by neo4j-admin's `;`. */
export function csvField(value: PropValue | undefined, type: CsvType): string {
  if (value === null || value === undefined) return '';
  if (type === 'string[]' && (value as string[]).length === 0) return '';
  if (type === 'string[]') return quote((value as string[]).map(assertNoDelimiter).join(';'));
  if (type === 'string') return quote(String(value));
  return String(value);
}

function quote(text: string): string {
  return `"${text.replaceAll('"', '""')}"`;
}

function assertNoDelimiter(item: string): string {
  if (item.includes(';')) throw new Error(`Array element contains the array delimiter ";": ${item}`);
  return item;
}

/** Column names and types of a label, read off its first node (every node of a label has the same keys). */
export function nodeColumns(plan: GraphPlan, label: NodeLabel): [string, CsvType][] {
  return Object.entries(makeNode(plan, label, 0).props).map(([name, value]) => [name, csvType(name, value)]);
}

/** A header line in neo4j-admin's `name:type` form; one global id space (ids carry their kind). */
export function nodeHeader(columns: readonly [string, CsvType][]): string {
  return ['id:ID', ...columns.map(([name, type]) => (type === 'string' ? name : `${name}:${type}`))].join(
    ',',
  );
}

export const RELATIONSHIP_HEADER = [
  ':START_ID',
  ':END_ID',
  ...REL_COLUMNS.map(([n, t]) => (t === 'string' ? n : `${n}:${t}`)),
].join(',');

/** Writes the planned graph as CSV into `dir` (created if missing) and returns the files for neo4j-admin. */
export async function writeCsv(plan: GraphPlan, dir: string, batchSize = 10_000): Promise<CsvFiles> {
  fs.mkdirSync(dir, { recursive: true });
  const files: CsvFiles = { nodes: [], relationships: [] };
  const writers = new Map<string, BufferedWriter>();
  const writer = (name: string, header: string) => {
    let w = writers.get(name);
    if (!w) {
      w = new BufferedWriter(path.join(dir, name));
      w.line(header);
      writers.set(name, w);
    }
    return w;
  };
  const columns = new Map(NODE_LABELS.map((label) => [label, nodeColumns(plan, label)]));
  for (const batch of nodeBatches(plan, batchSize)) {
    const cols = columns.get(batch.label)!;
    const w = writer(`nodes-${batch.label}.csv`, nodeHeader(cols));
    for (const node of batch.rows) {
      await w.line(
        [csvField(node.id, 'string'), ...cols.map(([n, t]) => csvField(node.props[n], t))].join(','),
      );
    }
  }
  for (const batch of relationshipBatches(plan, batchSize)) {
    const w = writer(`rels-${batch.type}.csv`, RELATIONSHIP_HEADER);
    for (const rel of batch.rows) {
      const props = REL_COLUMNS.map(([n, t]) => csvField(rel.props[n], t));
      await w.line([csvField(rel.from, 'string'), csvField(rel.to, 'string'), ...props].join(','));
    }
  }
  for (const [name, w] of writers) {
    await w.close();
    const file = path.join(dir, name);
    const [kind, rest] = name.replace(/\.csv$/, '').split(/-(.*)/s) as [string, string];
    if (kind === 'nodes') files.nodes.push({ label: rest as NodeLabel, file });
    else files.relationships.push({ type: rest, file });
  }
  return files;
}

/** The `neo4j-admin database import full` arguments for these files (the instance must be stopped). */
export function adminImportArgs(files: CsvFiles, database = 'neo4j'): string[] {
  return [
    'database',
    'import',
    'full',
    database,
    '--overwrite-destination=true',
    '--id-type=string',
    '--array-delimiter=;',
    // The default (90 % of RAM) is for a dedicated import box; the bench machine is shared.
    '--max-off-heap-memory=2g',
    // Next to the CSV files: neo4j-admin otherwise writes import.report into the working directory.
    `--report-file=${path.join(path.dirname(files.nodes[0]?.file ?? '.'), 'import.report')}`,
    // Every node also carries the id label (ids unique across labels, data contract v2).
    ...files.nodes.map((n) => `--nodes=${n.label}:${ID_LABEL}=${n.file}`),
    ...files.relationships.map((r) => `--relationships=${r.type}=${r.file}`),
  ];
}

/** Appends lines in 1 MB chunks and honours back-pressure, so writing 5M rows keeps memory flat. */
class BufferedWriter {
  private readonly stream: fs.WriteStream;
  private chunk = '';

  constructor(file: string) {
    this.stream = fs.createWriteStream(file);
  }

  async line(text: string): Promise<void> {
    this.chunk += `${text}\n`;
    if (this.chunk.length < 1 << 20) return;
    const ok = this.stream.write(this.chunk);
    this.chunk = '';
    if (!ok) await new Promise<void>((resolve) => this.stream.once('drain', () => resolve()));
  }

  async close(): Promise<void> {
    if (this.chunk) this.stream.write(this.chunk);
    await new Promise<void>((resolve, reject) =>
      this.stream.end((error?: Error | null) => (error ? reject(error) : resolve())),
    );
  }
}
