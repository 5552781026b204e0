import type { DraftEntity } from '../../draft.ts';
import type { DocumentContext, SentenceContext } from '../context.ts';
import type { Figure } from '../recognise/figures.ts';
import { changeOf } from './indicator-change.ts';
import { indicatorTime } from './indicator-links.ts';

/**
 * What stands between a figure's entity and the change told right after it: «…, что в 1,5 раза больше»,
 * «… — это в 2,5 раза больше», «… — вдвое больше», «…, или на 12 % меньше». Up to two words of the figure's
 * own phrase may close the entity's mention first («27,6 кг синтетических наркотиков, что …»).
 */
const JOIN =
  /^(?:\s*[\p{L}«»-]+){0,2}?\s*(?:[,(—–-]|\s-)\s*(?:что|это|или|то\s+есть)?\s*(?:составляет\s+|составило\s+)?(?:(?:почти|примерно|более\s+чем)\s+)?(?:на\s+|в\s+)?$/iu;
/** «97 против 64 годом ранее, то есть в 1,5 раза больше»: last year's level may stand between a level and its change. */
const PAST_JOIN =
  /^\s*(?:против\s+)?(\d[\d\s]*(?:,\d+)?)(?:\s+[\p{L}-]+){0,4}?\s*(?:[,—–-]|\s-)\s*(?:что|это|то\s+есть)?\s*(?:на\s+|в\s+)?$/iu;
/** Words after a change that say which way and against what («больше, чем за …», «меньше прошлогоднего»). */
const COMPARED = /^\s*(?:раза?\s+)?(?:больше|меньше|выше|ниже|превыша\p{L}*|чем)/iu;

/**
 * A change no rule took, told right after a figure an entity holds (an Indicator's `value`, a Seizure's
 * `amountKg`), becomes that entity's `change`, `changeUnit`, `direction` and `comparedToYear`: «наложен
 * арест на имущество на сумму 318,6 млн тенге, что в 2 раза больше, чем за аналогичный период», «изъято 27,6
 * кг синтетических наркотиков, что в 2 раза больше, чем годом ранее». An entity that has a change keeps it.
 */
export function unclaimedChange(
  ctx: DocumentContext,
  sc: SentenceContext,
  change: Figure,
  entities: readonly DraftEntity[],
): boolean {
  if (!change.isChange || (change.unit !== 'times' && change.unit !== '%')) return false;
  const after = ctx.folded.slice(change.end, change.end + 40);
  const direction = change.direction ?? (/^\s*(?:раза?\s+)?(?:больше|выше)/iu.test(after) ? 'up' : null);
  if (!direction || !COMPARED.test(after)) return false;
  // «перекрыто 6 каналов — вдвое больше»: a tally of channels holds its change too (read by channel rules).
  const target = entities
    .filter((e) => e.label === 'Indicator' || e.label === 'Seizure' || e.label === 'SupplyChannel')
    .flatMap((e) => e.mentions.map((m) => ({ e, m })))
    .filter(({ m }) => m.start >= sc.sentence.start && m.end <= change.start)
    .filter(({ e, m }) => joins(ctx.folded.slice(m.end, change.start), e))
    .sort((a, b) => b.m.end - a.m.end)[0]?.e;
  if (!target) return false;
  const props = target.properties as Record<string, unknown>;
  const level =
    target.label === 'Seizure'
      ? props.amountKg
      : target.label === 'SupplyChannel'
        ? props.count
        : props.value;
  // «27 кг синтетических — в 2,3 раза больше»: a change a rule already put on the entity is read, not a new figure.
  if (level !== undefined && sameChange(props, change)) return true;
  if (level === undefined || props.change !== undefined || target.label === 'SupplyChannel') return false;
  const time = indicatorTime(ctx, sc);
  target.properties = {
    ...props,
    ...withoutUndefined(changeOf(change, direction)),
    // «…, чем годом ранее», «… прошлого года»: the year before the figure's own.
    ...(time.comparedToYear !== undefined
      ? { comparedToYear: time.comparedToYear }
      : time.year !== undefined && /прошл|ранее|аналогичн/iu.test(after)
        ? { comparedToYear: time.year - 1 }
        : {}),
  };
  return true;
}

function withoutUndefined(o: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined));
}

/** What stands between an entity's mention and a change of it, last year's level among it or not. */
function joins(gap: string, entity: DraftEntity): boolean {
  return JOIN.test(gap) || pastBetween(gap, entity);
}

/** «… 97 против| 64 годом ранее, то есть в| 1,5 раза …»: the gap is the entity's level before and a link word. */
export function pastBetween(gap: string, entity: DraftEntity | undefined): boolean {
  const past = PAST_JOIN.exec(gap);
  const previous = (entity?.properties as Record<string, unknown> | undefined)?.previousValue;
  return Boolean(past) && previous === Number(past![1]!.replace(/\s/gu, '').replace(',', '.'));
}

function sameChange(props: Record<string, unknown>, change: Figure): boolean {
  const unit = change.unit === 'times' ? 'times' : '%';
  return props.changeUnit === unit && Math.abs(Math.abs(Number(props.change)) - change.value) < 1e-9;
}
