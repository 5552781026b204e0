import type { DocumentContext } from '../context.ts';
import { tableSeizure } from './table-seizures.ts';

// «Показатель — 2026 — 2025 — изменение» then «Зарегистрировано наркопреступлений — 64 — 58 — +10,3 %», or the
// same with bars («Факты сбыта | 74 | 83 | −10,8 %»): a table written one line per indicator. The thing the
// line's label names is found by its own rule; its level and its count are the first column. The columns after
// it are the year before and the change, which no sentence rule reads: the change takes its sign for a
// direction («+3» with no percent sign is a difference of counts).

const NUMBER = String.raw`\d{1,3}(?:[ \u00a0]\d{3})*(?:,\d+)?`;
const SEP = String.raw`\s*(?:\||\s[—–]\s)\s*`;
const MASS = String.raw`(?:\s*(?:кг|г|т|тонн\p{L}*))?`;
/** «+10,3 %», «−3»; or in words: «рост на 18,3 %», «снижение на 33,3 %», «рост в 2,2 раза». */
const CHANGE = String.raw`(?:([+−–-])\s*(${NUMBER})\s*(%)?|(рост|увеличение|снижение|сокращение|уменьшение)\s+(?:на\s+(${NUMBER})\s*(%)|в\s+(${NUMBER})\s+раза?))`;
/** A label without digits, the level, the level before, a change; nothing else on the line. */
const ROW = new RegExp(
  String.raw`^([^\d|\n]{3,80}?)${SEP}(${NUMBER})${MASS}${SEP}(${NUMBER})${MASS}${SEP}${CHANGE}[ \t]*$`,
  'gmu',
);
const TOLD = new Set(['Indicator', 'Seizure', 'SupplyChannel']);

const numberOf = (said: string) => Number(said.replace(/[ \u00a0]/gu, '').replace(',', '.'));

/** Gives the indicators, seizures and channels named by a table's lines their level before and their change. */
export function readTableRows(ctx: DocumentContext): void {
  for (const row of ctx.text.matchAll(ROW)) {
    const start = row.index;
    const end = start + row[0].length;
    const level = numberOf(row[2]!);
    const before = numberOf(row[3]!);
    const said = row[7]?.toLowerCase();
    const size = numberOf(row[5] ?? row[8] ?? row[10]!);
    const direction = said ? (/^(?:рост|увел)/u.test(said) ? 'up' : 'down') : row[4] === '+' ? 'up' : 'down';
    // The sign and the two levels must agree, or the columns are not what this reads them as.
    if (size === 0 || level === before || level > before !== (direction === 'up')) continue;
    const percent = row[6] !== undefined || row[9] !== undefined;
    const times = row[10] !== undefined;
    const seized = tableSeizure(ctx, { start, end, label: row[1]!, level });
    if (seized && seized['change'] === undefined) {
      seized['change'] = percent && direction === 'down' ? -size : size;
      seized['changeUnit'] = times ? 'times' : percent ? '%' : 'count';
      seized['direction'] = direction;
    }
    for (const entity of ctx.builder.entitiesSoFar()) {
      if (!TOLD.has(entity.label) || !entity.mentions.some((m) => m.start >= start && m.start < end))
        continue;
      const props = entity.properties;
      if (props['change'] !== undefined || props['direction'] !== undefined) continue;
      if (entity.label === 'SupplyChannel' && (props['count'] ?? 1) === 1) props['count'] = level;
      if (entity.label !== 'Seizure') props['previousValue'] ??= before;
      props['change'] = percent && direction === 'down' ? -size : size;
      props['changeUnit'] = times ? 'times' : percent ? '%' : 'count';
      props['direction'] = direction;
    }
  }
}
