import type { DocumentContext, SentenceContext } from '../context.ts';

// A results list goes on after the line that seizes: «— изъято наркотических средств: 1,8 тонны (2,4 тонны);
// — в том числе синтетических наркотиков: 6,3 кг (2,1 кг); — марихуаны и гашиша: более 1,7 тонны;». The lines
// after it name a drug before a colon and give its mass, with no verb: parts of the seizure the line before
// tells, seized by the same body. A line of its own verb, or of anything but a drug, ends the run.

/** «<drug words>: <mass>», a part opening it or not; the label is the drug (or what was seized). */
const LABELLED =
  /^(?:(?:в\s+том\s+числе|из\s+них|включая)\s+)?([^\d:;.()]{3,60}?):\s*(?:(?:не\s+)?(?:более|свыше|около|почти|порядка|менее)\s+)?\d/iu;
const DRUG =
  /наркот|психотроп|синтетическ|марихуан|гашиш|героин|кокаин|мефедрон|опи|конопл|мак|насвай|амфетамин|метадон|спайс|соли|прекурсор|веществ|таблет/iu;
/** A line with a verb of its own tells something else. */
const VERB =
  /(?<!\p{L})(?:изъят|изъял|обнаружен|выявлен|задержан|пресечен|ликвидирован|заблокирован|возбужден)\p{L}*/iu;

/** The drug a labelled amount names before its colon («в том числе синтетических наркотиков: 6,3 кг»). */
export function labelledDrug(ctx: DocumentContext, sc: SentenceContext): string | undefined {
  const text = ctx.text.slice(sc.sentence.start, sc.sentence.end);
  const label = LABELLED.exec(text.replace(/^[\s—–•*-]+/u, ''))?.[1]?.trim();
  if (!label || !DRUG.test(label)) return undefined;
  // «изъято наркотических средств» → «наркотических средств»: the participle is the verb, not the drug.
  return label.replace(/^(?:изъят|обнаружен)\p{L}*\s+/iu, '');
}

/** The list lines right after `sc` that go on with its seizure: each a labelled amount of a drug. */
export function continuedItems(ctx: DocumentContext, sc: SentenceContext): SentenceContext[] {
  if (!isListLine(ctx, sc)) return [];
  const items: SentenceContext[] = [];
  for (const next of ctx.sentences.slice(sc.index + 1)) {
    if (!isListLine(ctx, next) || VERB.test(next.sentence.text) || !labelledDrug(ctx, next)) break;
    if (!next.figures.some((f) => f.unit === 'kg' && !f.isChange)) break;
    items.push(next);
  }
  return items;
}

/** A sentence that is a line of a dashed or bulleted list. */
function isListLine(ctx: DocumentContext, sc: SentenceContext): boolean {
  const lineStart = ctx.text.lastIndexOf('\n', sc.sentence.start - 1) + 1;
  return (
    /^\s*[-–—•*]\s*$/u.test(ctx.text.slice(lineStart, sc.sentence.start)) ||
    /^\s*[-–—•*]\s/u.test(sc.sentence.text)
  );
}
