// Reads vitest's JSON report and prints the run's counts for .ci/run: the skipped tests (named, so a skip is
// never mistaken for a pass), files that failed without a failing test (an import or hook error), and last
// the one line `tests: N passed, N failed`. Usage: node .ci/vitest-summary.mjs REPORT.json
import fs from 'node:fs';
import path from 'node:path';

const file = process.argv[2];
if (!file || !fs.existsSync(file)) {
  console.error(`vitest-summary: no report at ${file ?? '(no path given)'}`);
  process.exit(2);
}
const report = JSON.parse(fs.readFileSync(file, 'utf8'));
const relative = (name) => path.relative(process.cwd(), name);

const skipped = report.testResults.flatMap((f) =>
  f.assertionResults
    .filter((a) => a.status === 'skipped' || a.status === 'pending' || a.status === 'todo')
    .map((a) => `${relative(f.name)} > ${a.fullName}`),
);
// A file whose import or beforeAll failed reports its tests as skipped or not at all: count the file itself.
const brokenFiles = report.testResults.filter(
  (f) => f.status === 'failed' && !f.assertionResults.some((a) => a.status === 'failed'),
);

for (const name of skipped.slice(0, 20)) console.log(`skipped: ${name}`);
if (skipped.length > 20) console.log(`skipped: … and ${skipped.length - 20} more`);
for (const f of brokenFiles)
  console.log(`failed file: ${relative(f.name)}: ${(f.message ?? '').split('\n')[0]}`);

const passed = report.testResults.reduce(
  (n, f) => n + f.assertionResults.filter((a) => a.status === 'passed').length,
  0,
);
const failed =
  report.testResults.reduce((n, f) => n + f.assertionResults.filter((a) => a.status === 'failed').length, 0) +
  brokenFiles.length;
console.log(`skipped: ${skipped.length} tests (${report.numTodoTests ?? 0} todo)`);
console.log(`tests: ${passed} passed, ${failed} failed`);
