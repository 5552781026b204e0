import type { DocumentContext, SentenceContext } from '../context.ts';
import { joinedTaskCuts } from './joined-tasks.ts';
import { PARTNERS } from './partner-words.ts';

/** What may come before an instruction's verb: a deadline, partners («в срок до 1 марта», «совместно с ДГД …»). */
const LEAD = new RegExp(
  `^(?:в срок до|до|${PARTNERS}|не позднее|в месячный срок|в течение|в кратчайшие сроки|в двухнедельный срок|и|а также|а)\\s`,
  'iu',
);

const INNER_PARTNERS = new RegExp(String.raw`(?<=\s(?:и|а также))\s${PARTNERS}\s`, 'iu');

/** Cuts «совместно с <partners>» inside an instruction, up to the verb the morphology knows as an infinitive. */
function withoutInnerPartners(ctx: DocumentContext, text: string): string {
  const m = INNER_PARTNERS.exec(text);
  if (!m) return text;
  const rest = text.slice(m.index + m[0].length);
  const words = rest.split(/\s+/).slice(0, 12);
  const verb = words.findIndex((w) =>
    ctx.morph(w.replace(/[^\p{L}-]/gu, '')).some((p) => p.tag.POS === 'INFN' && p.score > 0.2),
  );
  if (verb <= 0 || /[,.;]/.test(words.slice(0, verb).join(' '))) return text;
  return `${text.slice(0, m.index)} ${words.slice(verb).join(' ')}${rest.slice(words.join(' ').length)}`;
}

/** One instruction of a sentence; `body` is where its words start, after an addressee of its own. */
export interface InstructionPart {
  start: number;
  end: number;
  body: number;
  /** «…, управлению образования совместно с ДП … организовать …»: the part's own addressee. */
  addressee?: { start: number; end: number };
}

/** The spans of a sentence's instructions, cut before each ", <infinitive>" and ", [а] <addressee> … <infinitive>". */
export function splitInstructions(
  ctx: DocumentContext,
  span: { start: number; end: number },
  sc?: SentenceContext,
): InstructionPart[] {
  const text = ctx.text.slice(span.start, span.end);
  // «…, пересмотреть …», «…, а также (ежеквартально) провести …»; after «и» only a task with partners of its own («… и до
  // конца года совместно с органами КНБ обеспечить …»): «… и в срок до 1 марта представить планы» goes on
  // with the same task.
  // A task whose object is a pronoun goes on with the one before («… и совместно с акиматом организовать их снос»).
  const cuts = [
    ...text.matchAll(
      new RegExp(
        String.raw`(?:,\s+(?:а(?:\s+также)?\s+)?(?=(?:(?:в срок |не позднее )?до [^,.;]{1,40}?\s+(?:[—–-]\s+)?|${PARTNERS} [^,.;]{1,90}?\s+|в месячный срок\s+)*(?:\p{Ll}+но\s+)?\p{Ll}+(?:ать|ять|ить|еть|уть|ыть|ти)(?:ся)?\s)|\s+и\s+(?![^,.;]*?\s\p{Ll}+(?:ать|ять|ить|еть|уть|ыть|ти)(?:ся)?\s(?:их|его|ее|её)(?![\p{L}]))(?=(?:(?:в срок |не позднее )?до [^,.;]{1,40}?\s+)?${PARTNERS} [^,.;]{1,90}?\s+\p{Ll}+(?:ать|ять|ить|еть|уть|ыть|ти)(?:ся)?\s))`,
        'gu',
      ),
    ),
  ]
    .map((m) => m.index)
    .concat(joinedTaskCuts(ctx, text))
    .filter((at) => at > 0);
  const addressed = sc ? addresseeCuts(ctx, sc, span) : new Map<number, InstructionPart['addressee']>();
  const out: InstructionPart[] = [];
  let from = 0;
  for (const cut of [...new Set([...cuts, ...addressed.keys()])].sort((a, b) => a - b).concat(text.length)) {
    const piece = text.slice(from, cut);
    const lead = /^[\s,—–-]*/.exec(piece)![0].length;
    const trail = /[\s.!;,]*$/.exec(piece)![0].length;
    if (piece.length - lead - trail > 0) {
      const addressee = addressed.get(from);
      const start = span.start + from + lead;
      const body = addressee
        ? addressee.end + /^[\s,—–-]*/.exec(ctx.text.slice(addressee.end))![0].length
        : start;
      out.push({ start, end: span.start + cut - trail, body, ...(addressee ? { addressee } : {}) });
    }
    from = cut;
  }
  return out;
}

/**
 * «поручил управлению образования … обеспечить …, управлению по делам молодёжи — до 1 февраля разработать …,
 * а Департаменту полиции … взять на контроль …»: after a comma (and «а»/«и»), a body or post in the dative
 * whose clause has an infinitive of its own starts a new instruction addressed to it. Offsets in `span`.
 */
function addresseeCuts(
  ctx: DocumentContext,
  sc: SentenceContext,
  span: { start: number; end: number },
): Map<number, { start: number; end: number }> {
  const out = new Map<number, { start: number; end: number }>();
  const text = ctx.text.slice(span.start, span.end);
  for (const m of text.matchAll(/,\s+(?:(?:а|и)\s+)?(?=\p{L})/gu)) {
    const addressee = dativeAddressee(ctx, sc, span.start + m.index + m[0].length, span.end);
    if (addressee) out.set(m.index, addressee);
  }
  return out;
}

/**
 * A body or post in the dative at `at` whose clause goes on to an infinitive («управлению по делам молодёжи —
 * до 1 февраля разработать …»): its span, to the end of its mention or, when it is none, to a dash, partners,
 * a deadline or the verb.
 */
function dativeAddressee(
  ctx: DocumentContext,
  sc: SentenceContext,
  at: number,
  limit: number,
): { start: number; end: number } | undefined {
  const clause = ctx.text.slice(at, limit).split(/[,;]/)[0]!;
  const words = clause.split(/\s+/).filter(Boolean);
  if (words.length < 2) return undefined;
  const infinitive = words
    .slice(1)
    .some((w) => ctx.morph(w.toLowerCase()).some((p) => p.tag.POS === 'INFN' && p.score > 0.2));
  const body = sc.mentions
    .filter((x) => (x.label === 'Agency' || x.label === 'Position') && x.start === at)
    .sort((a, b) => b.end - a.end)[0];
  // «а ДП области – усилить …», «УПН – до 1 марта провести …»: an abbreviation has no case to read; a body
  // named so, its clause going on to an infinitive, is addressed all the same.
  const abbreviated = Boolean(body) && /^\p{Lu}{2,}$/u.test(words[0]!);
  const dative = abbreviated || datively(ctx, words[0]!);
  if (!infinitive || !dative) return undefined;
  const rest =
    /^.*?(?=\s+[—–-]\s|\s+совместно\s|\s+(?:в срок\s+)?до\s|\s+\p{Ll}+(?:ать|ять|ить|еть|уть|ыть|ти)(?:ся)?\s)/u.exec(
      clause,
    );
  // «акимам городов и районов — до …»: the words after a shorter mention up to the dash still name the addressee.
  const phrase = at + (rest?.[0].length ?? words[0]!.length);
  return { start: at, end: Math.max(body?.end ?? 0, phrase) };
}

/**
 * A noun in the dative: so read by the dictionary, or, for a word it only guesses («акимам», «акиму»: no reading
 * sure), by the guess it rates highest among nouns.
 */
function datively(ctx: DocumentContext, word: string): boolean {
  const parses = ctx.morph(word.toLowerCase());
  const nouns = parses.filter((p) => p.tag.POS === 'NOUN');
  if (nouns.some((p) => p.tag.CAse === 'datv' && p.score > 0.5)) return true;
  if (parses.some((p) => p.score >= 0.5)) return false;
  const best = nouns.reduce<(typeof nouns)[number] | undefined>(
    (a, p) => (a && a.score >= p.score ? a : p),
    undefined,
  );
  return best?.tag.CAse === 'datv';
}

/**
 * «призывает жителей сообщать …», «обратился к родителям с просьбой …»: the people an appeal is made to are no
 * part of what it asks. Other instructions (`verb`) keep their text.
 */
export function withoutAppealed(ctx: DocumentContext, verb: string, text: string): string {
  if (!/призыв|призва|просьб/iu.test(verb)) return text;
  const [first, second] = text.split(/\s+/u);
  const parses = (w: string | undefined) => ctx.morph((w ?? '').toLowerCase().replace(/[^\p{L}-]/gu, ''));
  if (!parses(first).some((p) => p.tag.POS === 'NOUN' && p.score > 0.3)) return text;
  if (!parses(second).some((p) => p.tag.POS === 'INFN' && p.score > 0.3)) return text;
  return text.slice(text.indexOf(second!));
}

/** Where the instruction itself starts after the verb: past the addressees in the dative. */
export function instructionStart(ctx: DocumentContext, sc: SentenceContext, verbEnd: number): number {
  const addressees = sc.mentions
    .filter(
      (m) => (m.label === 'Position' || m.label === 'Agency' || m.label === 'Person') && m.start >= verbEnd,
    )
    .sort((a, b) => a.start - b.start);
  let at = verbEnd;
  for (const m of addressees) {
    // «поручил новому начальнику департамента», «поручил Берику Жаныбекову»
    if (
      /^[\s,]*(?:(?:и|это|им|ему|ей|нов\p{L}+|вновь назначенн\p{L}+)\s+)?$/iu.test(
        ctx.text.slice(at, m.start),
      )
    )
      at = m.end;
    else if (m.start >= at) break;
  }
  // «поручила управлению образования совместно с ДП …»: an addressee the recognisers do not know.
  const gap = /^\s*/.exec(ctx.text.slice(at))![0].length;
  return dativeAddressee(ctx, sc, at + gap, sc.sentence.end)?.end ?? at;
}

/**
 * A directive's name: its instruction, capitalised, without the trailing full stop, at most 12 words, from
 * its verb when a deadline or partners come first («до 1 апреля совместно с АФМ установить владельцев …» →
 * «Установить владельцев …»).
 */
export function summary(ctx: DocumentContext, instruction: string): string {
  let text = instruction
    .replace(/^[\s:,—–-]+/, '')
    .replace(/^(?:ему|ей|им|нов(?:ому|ым) (?:руководител|начальник)\p{L}*)\s+/iu, '')
    .replace(/[.!;]+\s*$/, '');
  if (LEAD.test(text)) {
    const verb = text
      .split(/\s+/)
      .slice(1, 24)
      .find((w) =>
        ctx.morph(w.replace(/[^\p{L}-]/gu, '')).some((p) => p.tag.POS === 'INFN' && p.score > 0.2),
      );
    const at = verb ? text.search(new RegExp(`(?<=\\s)${verb}(?![\\p{L}])`, 'u')) : -1;
    if (at > 0) text = text.slice(at);
  }
  // «… и совместно с акиматом города Атырау организовать их снос»: the partners are facts of their own.
  text = withoutInnerPartners(ctx, text);
  const words = text.split(/\s+/).filter(Boolean);
  const name = words.slice(0, 12).join(' ') + (words.length > 12 ? '…' : '');
  return name.charAt(0).toUpperCase() + name.slice(1);
}
