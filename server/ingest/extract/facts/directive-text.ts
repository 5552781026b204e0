import type { DocumentContext, SentenceContext } from '../context.ts';

/** What may come before an instruction's verb: a deadline, partners («в срок до 1 марта», «совместно с ДГД …»). */
const LEAD =
  /^(?:в срок до|до|совместно со?|не позднее|в месячный срок|в течение|в кратчайшие сроки|в двухнедельный срок|и|а также)\s/iu;

/** The spans of a sentence's instructions, cut before each ", <infinitive>". */
export function splitInstructions(
  ctx: DocumentContext,
  span: { start: number; end: number },
): { start: number; end: number }[] {
  const text = ctx.text.slice(span.start, span.end);
  // «…, пересмотреть …», «…, а также провести …»; after «и» only a task with partners of its own («… и до
  // конца года совместно с органами КНБ обеспечить …»): «… и в срок до 1 марта представить планы» goes on
  // with the same task.
  const cuts = [
    ...text.matchAll(
      /(?:,\s+(?:а также\s+)?(?=(?:(?:в срок |не позднее )?до [^,.;]{1,40}?\s+|совместно со? [^,.;]{1,90}?\s+|в месячный срок\s+)*\p{Ll}+(?:ать|ять|ить|еть|уть|ти)(?:ся)?\s)|\s+и\s+(?=(?:(?:в срок |не позднее )?до [^,.;]{1,40}?\s+)?совместно со? [^,.;]{1,90}?\s+\p{Ll}+(?:ать|ять|ить|еть|уть|ти)(?:ся)?\s))/gu,
    ),
  ]
    .map((m) => m.index)
    .filter((at) => at > 0);
  const out: { start: number; end: number }[] = [];
  let from = 0;
  for (const cut of [...cuts, text.length]) {
    const piece = text.slice(from, cut);
    const lead = /^[\s,—–-]*/.exec(piece)![0].length;
    const trail = /[\s.!;]*$/.exec(piece)![0].length;
    if (piece.length - lead - trail > 0)
      out.push({ start: span.start + from + lead, end: span.start + cut - trail });
    from = cut;
  }
  return out;
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
  return at;
}

/**
 * A directive's name: its instruction, capitalised, without the trailing full stop, at most 12 words, from
 * its verb when a deadline or partners come first («до 1 апреля совместно с АФМ установить владельцев …» →
 * «Установить владельцев …»).
 */
export function summary(ctx: DocumentContext, instruction: string): string {
  let text = instruction
    .replace(/^[\s:,—–-]+/, '')
    .replace(/^(?:ему|ей|им)\s+/iu, '')
    .replace(/[.!;]+\s*$/, '');
  if (LEAD.test(text)) {
    const verb = text
      .split(/\s+/)
      .slice(1, 16)
      .find((w) =>
        ctx.morph(w.replace(/[^\p{L}-]/gu, '')).some((p) => p.tag.POS === 'INFN' && p.score > 0.2),
      );
    const at = verb ? text.search(new RegExp(`(?<=\\s)${verb}(?![\\p{L}])`, 'u')) : -1;
    if (at > 0) text = text.slice(at);
  }
  const words = text.split(/\s+/).filter(Boolean);
  const name = words.slice(0, 12).join(' ') + (words.length > 12 ? '…' : '');
  return name.charAt(0).toUpperCase() + name.slice(1);
}
