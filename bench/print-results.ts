// `npx tsx bench/print-results.ts [bench/results/latest.json]`: the results as a Markdown table, for
// docs/performance.md.
import fs from 'node:fs';
import type { BenchResults } from './metrics.ts';

const file = process.argv[2] ?? new URL('./results/latest.json', import.meta.url).pathname;
const results = JSON.parse(fs.readFileSync(file, 'utf8')) as BenchResults;
const cell = (text: string) => text.replaceAll('|', '\\|');
console.log(`Run ${results.date}, size ${results.size}, ${results.machine}\n`);
console.log('| metric | value | unit | target | pass | note |');
console.log('|---|---:|---|---|---|---|');
for (const m of results.metrics) {
  const pass = m.pass === null ? '—' : m.pass ? 'PASS' : '**FAIL**';
  console.log(
    `| ${m.id} | ${m.value ?? 'n/a'} | ${m.unit} | ${cell(m.target ?? '')} | ${pass} | ${cell(m.note ?? '')} |`,
  );
}
