import { foldName } from '../../gazetteer/fold-name.ts';
import { mentionsOf, type DocumentContext, type Mention, type SentenceContext } from '../context.ts';
import { cooperation, outerBodies } from './directive-links.ts';
import { summary } from './directive-text.ts';
import { CONTROL_ON, underControlOfAll } from './control-of-all.ts';
import { inlineParts } from './inline-items.ts';
import { isListLine, listItemAt, type ListItem } from './list-items.ts';
import { proposeDirective } from './propose-directive.ts';

/** «принят ряд решений», «приняты следующие решения:», «решено:», «постановили:», «определены задачи»; not «приняты
 * меры» (measures taken, no list of instructions). */
const SET =
  /(?<![\p{L}])(?:(?:принят\p{L}*|принял[аи]?|выработал?\p{L}*)\s+(?:(?:ряд|следующ\p{L}+|конкретн\p{L}+|соответствующ\p{L}+|необходим\p{L}+|совместн\p{L}+)\s+)*решени\p{L}*|решено|постановили|определены\s+(?:следующие\s+|конкретные\s+)?задачи|дан[аоы]?\s+(?:(?:ряд|следующ\p{L}+|конкретн\p{L}+)\s+)+поручени\p{L}*)(?![\p{L}])/iu;
/** The part of the trigger the decisions are named by («ряд решений», «решения»). */
const SET_NOUN =
  /(?:ряд\s+|следующ\p{L}+\s+|конкретн\p{L}+\s+)?(?:решени\p{L}*|задачи|поручени\p{L}*)|решено|постановили/iu;

export interface DecisionSet {
  directive: Mention;
  items: Mention[];
  /** Items this rule made (not found by the instruction rules before). */
  added: Mention[];
}

/**
 * A meeting's list of decisions: «По итогам заседания принят ряд решений. Управлению здравоохранения в срок
 * до 1 декабря обеспечить …; ДП области совместно с ДКНБ — провести …» (sentences, numbered or dashed lines).
 * The list itself is a Directive of kind "set" that INCLUDES each item; an item is ASSIGNED_TO the body or post
 * in the dative that opens it and COOPERATES_WITH the partners after «совместно с». Items the instruction
 * rules found already («Департаменту полиции поручено …») join the list. Returns the sets with their items;
 * the caller relates them to the meeting and to whoever chaired it.
 */
export function findDecisionLists(ctx: DocumentContext, directives: Mention[]): DecisionSet[] {
  const sets: DecisionSet[] = [];
  for (const sc of ctx.sentences) {
    const trigger = SET.exec(sc.sentence.text);
    const announced = trigger ? undefined : announcedSet(ctx, sc, directives);
    if ((!trigger && !announced) || /[?]$/.test(sc.sentence.text)) continue;
    const { items, added } = itemsAfter(ctx, sc, directives);
    // «… приняла решения: управлению образования … внедрить …; управлению здравоохранения … обеспечить …».
    const inline =
      trigger && !directives.some((d) => d.from === sc.index)
        ? inlineParts(ctx, sc, sc.sentence.start + trigger.index).flatMap((part) => {
            const item = listItemAt(ctx, part);
            return item ? [itemDirective(ctx, part, item)] : [];
          })
        : [];
    items.unshift(...inline);
    added.unshift(...inline);
    if (!items.length) continue;
    const set = announced ?? proposeSet(ctx, sc, trigger!);
    include(ctx, set, items);
    sets.push({ directive: set, items, added });
    controlOf(ctx, items.at(-1)!, set, added);
  }
  return sets;
}

/**
 * «Мадина Абилкасымова поручила:» followed by list lines: the instructions the sentence announces, which the
 * instruction rules proposed as one set with no words of its own (the sentence ends with the colon).
 */
function announcedSet(ctx: DocumentContext, sc: SentenceContext, directives: Mention[]): Mention | undefined {
  if (!endsWithColon(ctx, sc) && !GIVEN.test(sc.sentence.text)) return undefined;
  const here = directives.filter((d) => d.from === sc.index);
  return here.length === 1 ? here[0] : undefined;
}

/**
 * «… и по итогам заседания дал ряд поручений.», «Министром даны следующие поручения.»: a sentence that ends on the
 * instructions given announces them as a colon does; the items follow, one a paragraph.
 */
const GIVEN =
  /(?<![\p{L}])(?:дал[аи]?|дан[аоы]?|озвучил[аи]?|поставил[аи]?|поставлены|определил[аи]?)\s+(?:(?:ряд|следующ\p{L}+|конкретн\p{L}+|соответствующ\p{L}+|отдельн\p{L}+)\s+)*(?:поручени\p{L}*|задач\p{L}*)\s*[.:]?\s*$/iu;

/** A sentence's span leaves its closing colon out («поручила:»): the text right after it tells. */
function endsWithColon(ctx: DocumentContext, sc: SentenceContext): boolean {
  return /^\s*:/.test(ctx.text.slice(sc.sentence.end, sc.sentence.end + 3));
}

/** The list of decisions a sentence says were taken («принят ряд решений»), as a Directive of kind "set". */
function proposeSet(ctx: DocumentContext, sc: SentenceContext, trigger: RegExpExecArray): Mention {
  const nounAt = SET_NOUN.exec(trigger[0])!;
  const start = sc.sentence.start + trigger.index + nounAt.index;
  return proposeDirective(ctx, sc, {
    key: `Directive|set|${sc.index}`,
    name: setName(ctx, sc),
    mention: { start, end: start + nounAt[0].length },
    properties: { kind: 'set', text: sc.sentence.text },
    confidence: 0.7,
  });
}

/** The set INCLUDES each item, on the words that announce it. */
function include(ctx: DocumentContext, set: Mention, items: Mention[]): void {
  for (const item of items)
    ctx.builder.relate({
      type: 'INCLUDES',
      from: set.ref,
      to: item.ref,
      evidence: set,
      basis: 'Listed right after the sentence saying these decisions were taken.',
      basisRu: 'Перечислено сразу после предложения о том, что эти решения приняты.',
      confidence: 0.65,
    });
}

/** «Решения заседания комиссии»: the decisions, named after the meeting the sentence names, if any. */
function setName(ctx: DocumentContext, sc: SentenceContext): string {
  const of =
    /по итогам\s+(\p{L}+(?:\s+\p{L}+){0,5}?)(?=\s+(?:\p{L}+ом|\p{L}+ией|\p{L}+ей)?\s*(?:был[аио]?\s+)?(?:принят|выработан|решено|постановили|определены|дан[аоы]?\s))/iu.exec(
      sc.sentence.text,
    );
  // «По итогам совещания дан ряд поручений»: instructions given, named as such.
  const what = /поручени/iu.test(sc.sentence.text) ? 'Поручения' : 'Решения';
  return of ? `${what} по итогам ${of[1]}` : 'Принятые решения';
}

/**
 * The items that follow a set's sentence: the rest of its paragraph, then list lines (numbered or dashed, or any
 * line after a set that ends with a colon) until a line that is no item.
 */
function itemsAfter(
  ctx: DocumentContext,
  sc: SentenceContext,
  directives: Mention[],
): { items: Mention[]; added: Mention[] } {
  const items: Mention[] = [];
  const added: Mention[] = [];
  const colon = endsWithColon(ctx, sc) || GIVEN.test(sc.sentence.text);
  let listed = false;
  for (const next of ctx.sentences.slice(sc.index + 1)) {
    if (next.sentence.paragraph !== sc.sentence.paragraph && !colon && !isListLine(next)) break;
    // A line with no marker after marked items is the text going on, not one more item.
    if (listed && !markedLine(ctx, next)) break;
    listed ||= markedLine(ctx, next);
    const found = directives.filter((d) => d.from === next.index);
    const item = found.length ? undefined : listItemAt(ctx, next);
    if (!found.length && !item) break;
    items.push(...found);
    if (!item) continue;
    const directive = itemDirective(ctx, next, item);
    items.push(directive);
    added.push(directive);
  }
  return { items, added };
}

/** A list line, its marker inside the sentence or (as the segmenter mostly leaves it) just before it. */
function markedLine(ctx: DocumentContext, sc: SentenceContext): boolean {
  const lineStart = ctx.text.lastIndexOf('\n', sc.sentence.start - 1) + 1;
  return (
    isListLine(sc) || /^\s*(?:\d{1,2}[.)]|[-–—•*])\s*$/u.test(ctx.text.slice(lineStart, sc.sentence.start))
  );
}

/**
 * «Контроль за исполнением решений комиссии возложить на заместителя акима …» within the two sentences after
 * the list: the set is under that post's control (stated); the items the instruction rules did not see are too
 * (inferred, as theirs are).
 */
function controlOf(ctx: DocumentContext, last: Mention, set: Mention, added: Mention[]): void {
  for (const next of ctx.sentences.slice(last.from + 1, last.from + 3)) {
    const control = CONTROL_ON.exec(next.sentence.text);
    if (!control) continue;
    const at = next.sentence.start + control.index;
    for (const post of mentionsOf(next, 'Position').filter((p) => p.start > at)) {
      ctx.builder.relate({
        type: 'UNDER_CONTROL_OF',
        from: set.ref,
        to: post.ref,
        evidence: { start: at, end: post.end },
        confidence: 0.75,
      });
      for (const item of added) underControlOfAll(ctx, item, post, at);
    }
    return;
  }
}

/** An item's Directive, with its addressee and partners. */
function itemDirective(ctx: DocumentContext, sc: SentenceContext, item: ListItem): Mention {
  const told = ctx.text.slice(item.verb, sc.sentence.end);
  const name = summary(ctx, told);
  const mention = { start: item.verb, end: sc.sentence.end };
  const deadline = sc.times.find((t) => t.deadline);
  const directive = proposeDirective(ctx, sc, {
    key: `Directive|${foldName(name)}`,
    name,
    mention,
    properties: {
      text: ctx.text.slice(sc.sentence.start, sc.sentence.end),
      kind: 'instruction',
      ...(deadline?.date ? { deadline: deadline.date } : {}),
    },
    confidence: 0.7,
  });
  const { ref } = directive;
  const partners = cooperation(ctx, sc, directive);
  for (const m of outerBodies(sc)) {
    if (m.end > item.verb || m.start < item.start) continue;
    if (partners && m.start >= partners.start && m.end <= partners.end) continue;
    // Only the addressee that opens the item (after its marker), not a body named in a deadline or partners.
    if (!/^[\s,]*$/.test(ctx.folded.slice(item.start, m.start))) continue;
    ctx.builder.relate({
      type: 'ASSIGNED_TO',
      from: ref,
      to: m.ref,
      evidence: { start: m.start, end: mention.end },
      confidence: 0.75,
    });
  }
  return directive;
}
