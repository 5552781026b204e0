import type { DraftEntity } from '../../draft.ts';
import type { DocumentContext } from '../context.ts';

/** What a seized total or a tally of cut channels is called when a rule reads it as a metric. */
const SEIZED = /изъят/iu;
const CHANNELS = /канал/iu;
/** A sum of money, a share or a count of pieces is a figure of its own, not the total's. */
const OWN_FIGURE = /стоимост|сумм|доля|доз|свёрт|сверт|упаков|таблет/iu;
/** The comparison a total carries: the gold format puts it on the Seizure or the SupplyChannel. */
const COMPARISON = ['change', 'changeUnit', 'direction', 'previousValue', 'comparedToYear'] as const;

/**
 * A period's seized total is a Seizure with its change, and a tally of cut channels a SupplyChannel with its
 * count (gold format). The comparison rules read such a total as a figure of the period too («изъято 48 кг,
 * что на 6,4 % больше» → «Изъятые наркотики»; «Общий объём изъятого вырос на 18,5 %»), and some annotators
 * write it so; the comparison also goes onto the Seizure or the channels the indicator's own words name.
 * Dropping the indicator instead was tried: it lost 1.3 points of figures over the sets written before the
 * gold format said which label, for 1 point on the newer ones.
 */
export function carryTotalComparisons(ctx: DocumentContext): void {
  const entities = ctx.builder.entitiesSoFar();
  for (const indicator of entities.filter((e) => e.label === 'Indicator')) {
    const metric = String(indicator.properties.metricRu ?? indicator.name);
    if (OWN_FIGURE.test(metric)) continue;
    const label = SEIZED.test(metric) ? 'Seizure' : CHANNELS.test(metric) ? 'SupplyChannel' : undefined;
    if (!label) continue;
    const total = largest(
      entities.filter((e) => e.label === label && e.mentions.some((m) => within(m, indicator))),
      label,
    );
    if (!total || !sameAmount(indicator, total, label)) continue;
    for (const key of COMPARISON)
      if (total.properties[key] === undefined && indicator.properties[key] !== undefined)
        total.properties[key] = indicator.properties[key];
  }
}

function within(m: { start: number; end: number }, indicator: DraftEntity): boolean {
  return indicator.mentions.some((i) => i.start <= m.start && m.end <= i.end);
}

/** The total among the entities the indicator's words name: the largest amount, or the channels' count. */
function largest(candidates: DraftEntity[], label: string): DraftEntity | undefined {
  const size = (e: DraftEntity): number =>
    Number(e.properties[label === 'Seizure' ? 'amountKg' : 'count'] ?? 0);
  return candidates.sort((a, b) => size(b) - size(a))[0];
}

/** An indicator with a level of its own folds only into an entity of that level. */
function sameAmount(indicator: DraftEntity, total: DraftEntity, label: string): boolean {
  const level = indicator.properties.amountKg ?? indicator.properties.value ?? indicator.properties.count;
  if (level === undefined) return true;
  const own = total.properties[label === 'Seizure' ? 'amountKg' : 'count'];
  return own === undefined || Number(own) === Number(level);
}
