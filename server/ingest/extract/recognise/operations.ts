import { foldName } from '../../gazetteer/fold-name.ts';
import type { DocumentContext, Mention, SentenceContext } from '../context.ts';

/**
 * An «акция» or «месячник» with a name («акция «Зависимость — не выход»», «месячник «Жизнь без наркотиков»») is a
 * prevention campaign, a measure of the schools and clinics as much as the police, not an operation.
 */
const OPERATION =
  /(?<![\p{L}-])(ОПМ|оперативно-профилактическ\p{L}+ мероприяти\p{L}+|оперативно-розыскн\p{L}+ мероприяти\p{L}+|профилактическ\p{L}+ мероприяти\p{L}+|спецоперац\p{L}+|операци\p{L}+|рейд\p{L}*|мероприяти\p{L}+)\s+(?:под названием\s+)?[«"„“]([^»"“”\n]{2,40})[»"“”]/giu;

const KINDS: [RegExp, string, string][] = [
  [/^(?:опм|оперативно-профилактическ)/i, 'ОПМ', 'ОПМ'],
  [/^оперативно-розыскн/i, 'ОРМ', 'Оперативно-розыскное мероприятие'],
  [/^профилактическ/i, 'профилактическое мероприятие', 'Профилактическое мероприятие'],
  [/^спецоперац/i, 'спецоперация', 'Спецоперация'],
  [/^операци/i, 'операция', 'Операция'],
  [/^рейд/i, 'рейд', 'Рейд'],
  [/^мероприяти/i, 'мероприятие', 'Мероприятие'],
];

/**
 * Named operations: «ОПМ «Мак»», «оперативно-профилактическое мероприятие «Мак-2025»», «рейд «Канал»»,
 * «операция «Кокнар»», the code name in «», "" or „“ as the writer's keyboard gives. One operation per code
 * name (a year suffix aside), named "ОПМ «Мак-2025»".
 */
export function findOperations(ctx: DocumentContext, sc: SentenceContext): void {
  const { sentence } = sc;
  for (const m of sentence.text.matchAll(OPERATION)) {
    const start = sentence.start + m.index;
    const end = start + m[0].length;
    const [, kind, label] = KINDS.find(([re]) => re.test(m[1]!)) ?? KINDS[0]!;
    // The code name as written (the sentence's text has ё folded).
    const codeAt = start + m[0].lastIndexOf(m[2]!);
    const code = ctx.text.slice(codeAt, codeAt + m[2]!.length).trim();
    const yearInCode = /[-\s](\d{4})$/.exec(code)?.[1];
    // «Канал» and «Канал — Северный транзит» in one release are one operation, named by its full code.
    const base = foldName(code.replace(/[-\s]\d{4}$/, '').split(/\s+[—–-]\s+/)[0]!);
    const year = yearInCode ? Number(yearInCode) : (ctx.published?.year ?? undefined);
    const key = `Operation|${base}`;
    const earlier = ctx.builder.entityOf(key);
    const longer = earlier && String(earlier.properties.codeName ?? '').length < code.length;
    if (earlier && longer) {
      earlier.name = `${earlier.name.slice(0, earlier.name.indexOf(' «'))} «${code}»`;
      earlier.properties.codeName = code;
    }
    const ref = ctx.builder.entity({
      key,
      label: 'Operation',
      name: earlier?.name ?? `${label} «${code}»`,
      existingId:
        ctx.index.entries.find((e) => e.label === 'Operation' && foldName(e.name).includes(`«${base}`))?.id ??
        null,
      mention: { start, end },
      properties: {
        codeName: earlier ? earlier.properties.codeName : code,
        kind: earlier ? earlier.properties.kind : kind,
        year,
        ...(yearInCode || !ctx.published ? {} : { yearBasis: 'the year of the publication date' }),
      },
      confidence: 0.9,
    });
    const from = sc.tokens.findIndex((t) => t.end > start);
    const to = sc.tokens.findIndex((t) => t.start >= end);
    const mention: Mention = {
      start,
      end,
      label: 'Operation',
      ref,
      name: earlier?.name ?? `${label} «${code}»`,
      existingId: null,
      from,
      to: to < 0 ? sc.tokens.length : to,
    };
    sc.mentions.push(mention);
  }
}
