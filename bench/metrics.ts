import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

/** One row of `bench/results/*.json`, in issue 6's format; `note` explains a missing or odd value. */
export interface Metric {
  id: string;
  value: number | null;
  unit: string;
  /** e.g. "<= 1.3" or ">= 50000"; null where the issue sets none (the figure is informative). */
  target: string | null;
  /** null when there is no target; false when the value is missing. */
  pass: boolean | null;
  note?: string;
}

export interface BenchResults {
  date: string;
  size: string;
  machine: string;
  metrics: Metric[];
}

/** A metric whose pass is decided by its target (`<= x` or `>= x`). */
export function metric(
  id: string,
  value: number | null,
  unit: string,
  target: string | null = null,
  note?: string,
): Metric {
  const m: Metric = {
    id,
    value: value === null ? null : round(value),
    unit,
    target,
    pass: passes(value, target),
  };
  if (note) m.note = note;
  return m;
}

/** A metric that could not be measured: never a made-up number. */
export function missing(id: string, unit: string, target: string | null, note: string): Metric {
  return { id, value: null, unit, target, pass: target === null ? null : false, note };
}

export function passes(value: number | null, target: string | null): boolean | null {
  if (target === null) return null;
  if (value === null) return false;
  const match = /^(<=|>=)\s*([\d.]+)$/.exec(target);
  if (!match) throw new Error(`Bad target "${target}"`);
  return match[1] === '<=' ? value <= Number(match[2]) : value >= Number(match[2]);
}

function round(value: number): number {
  return Math.abs(value) >= 100 ? Math.round(value) : Math.round(value * 1000) / 1000;
}

/** CPU model, cores, memory and the load when the run started: the bench shares its machine. */
export function describeMachine(): string {
  const cpu = os.cpus()[0]?.model.trim() ?? 'unknown CPU';
  const load = os.loadavg()[0]!.toFixed(1);
  return `${cpu}, ${os.cpus().length} cores, ${Math.round(os.totalmem() / 2 ** 30)} GB, ${os.platform()} ${os.release()}, Node ${process.versions.node}, load ${load} at start`;
}

/**
 * Writes `<dir>/<date>-<size>.json` and copies it to `<dir>/latest.json`; returns the dated path. A partial
 * run (phases skipped on purpose) goes to `<date>-<size>-partial.json` and leaves both untouched.
 */
export function writeResults(dir: string, results: BenchResults, partial = false): string {
  fs.mkdirSync(dir, { recursive: true });
  const file = path.join(
    dir,
    `${results.date.slice(0, 10)}-${results.size}${partial ? '-partial' : ''}.json`,
  );
  fs.writeFileSync(file, `${JSON.stringify(results, null, 2)}\n`);
  if (!partial) fs.copyFileSync(file, path.join(dir, 'latest.json'));
  return file;
}

/** The printed table: id, value, unit, target, PASS/FAIL/—. */
export function formatTable(metrics: readonly Metric[]): string {
  const rows = metrics.map((m) => [
    m.id,
    m.value === null ? 'n/a' : String(m.value),
    m.unit,
    m.target ?? '',
    m.pass === null ? '—' : m.pass ? 'PASS' : 'FAIL',
    m.note ?? '',
  ]);
  const header = ['metric', 'value', 'unit', 'target', 'pass', 'note'];
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (i === 5 ? 0 : r[i]!.length))));
  const line = (cells: string[]) =>
    cells
      .map((c, i) => (i === 5 ? c : c.padEnd(widths[i]!)))
      .join('  ')
      .trimEnd();
  return [line(header), line(widths.map((w) => '-'.repeat(w))), ...rows.map(line)].join('\n');
}
