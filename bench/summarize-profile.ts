// `npx tsx bench/summarize-profile.ts FILE.cpuprofile`: self time by package (and the top functions) of a
// V8 CPU profile written by `npm run bench -- --profile`. Open the same file in Chrome DevTools or
// speedscope.app for the flame graph.
import fs from 'node:fs';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
}
interface CpuProfile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

const profile = JSON.parse(fs.readFileSync(process.argv[2]!, 'utf8')) as CpuProfile;
const byId = new Map(profile.nodes.map((n) => [n.id, n]));
const selfUs = new Map<number, number>();
profile.samples.forEach((id, i) => selfUs.set(id, (selfUs.get(id) ?? 0) + (profile.timeDeltas[i] ?? 0)));

/** node_modules/<pkg> (scoped too), node: internals, or the project's own folder. */
function owner(url: string): string {
  const nm = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(url);
  if (nm) return nm[1]!;
  if (url.startsWith('node:')) return 'node (internals)';
  if (url === '') return '(native / GC / idle)';
  return url
    .replace(/^file:\/\/.*?\/(server|bench|seed)\//, '$1/')
    .split('/')
    .slice(0, 2)
    .join('/');
}

const groups = new Map<string, number>();
const functions = new Map<string, number>();
let total = 0;
for (const [id, us] of selfUs) {
  const frame = byId.get(id)!.callFrame;
  total += us;
  groups.set(owner(frame.url), (groups.get(owner(frame.url)) ?? 0) + us);
  const name = `${frame.functionName || '(anonymous)'} ${owner(frame.url)}:${frame.lineNumber + 1}`;
  functions.set(name, (functions.get(name) ?? 0) + us);
}
const top = (m: Map<string, number>, n: number) =>
  [...m.entries()]
    .sort((a, b) => b[1] - a[1])
    .slice(0, n)
    .map(
      ([k, us]) =>
        `${((100 * us) / total).toFixed(1).padStart(5)}%  ${(us / 1000).toFixed(0).padStart(6)} ms  ${k}`,
    )
    .join('\n');
console.log(
  `total ${(total / 1000).toFixed(0)} ms\n\nby package\n${top(groups, 20)}\n\ntop functions (self)\n${top(functions, 25)}`,
);
