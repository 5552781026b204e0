import { foldName } from '../../gazetteer/fold-name.ts';
import { covered, type DocumentContext, type Mention, type SentenceContext } from '../context.ts';
import { genitivePhrase } from '../morphology/genitive-phrase.ts';
import { nominativePhrase } from '../morphology/nominative-phrase.ts';
import { headedBodyAt } from './headed-bodies.ts';
import { linkedMention } from './known-entities.ts';
import { republicAfter } from './republic-after.ts';

/** Unit nouns that open "управление по противодействию наркопреступности ДП …" and similar sub-units. */
const UNIT_NOUNS = new Set([
  'управление',
  'отдел',
  'департамент',
  'служба',
  'комитет',
  'отделение',
  'сектор',
  'группа',
]);

const POST_WORDS = ['начальник', 'заместитель', 'руководитель', 'сотрудник', 'глава', 'председатель'];

/** "управление по противодействию наркопреступности ДП Жамбылской области": a unit of a named body. */
export function unitAt(ctx: DocumentContext, sc: SentenceContext, i: number): Mention | null {
  const first = sc.tokens[i]!;
  // "Пограничная служба КНБ", "Служба пограничной охраны КНБ", "управление по противодействию … ДП …"
  let noun = i;
  while (
    noun < i + 2 &&
    noun < sc.tokens.length &&
    !isUnitNoun(sc.tokens[noun]!) &&
    /^\p{L}+$/u.test(sc.tokens[noun]!.text) &&
    ctx.morph(sc.tokens[noun]!.text).some((p) => p.tag.POS === 'ADJF')
  )
    noun++;
  if (!sc.tokens[noun] || !isUnitNoun(sc.tokens[noun]!)) return null;
  // «Департаментом по противодействию наркопреступности МВД»: a unit the graph knows by a name that ends in
  // its parent's is linked, PART_OF that parent.
  const known = ctx.index.matchAt(sc.tokens, i).find((m) => m.entry.label === 'Agency' && m.to > noun + 1);
  const inner = known && innerParent(ctx, sc, known.to, known.entry.context ?? []);
  if (known && inner) {
    const mention = linkedMention(ctx, known.entry, sc, i, inner.to, 0.9);
    const parent = linkedMention(ctx, inner.entry, sc, inner.from, inner.to, 0.85);
    sc.mentions.push(mention, parent);
    ctx.builder.relate({
      type: 'PART_OF',
      from: mention.ref,
      to: parent.ref,
      evidence: mention,
      confidence: 0.85,
    });
    return mention;
  }
  for (let k = noun + 1; k < Math.min(sc.tokens.length, noun + 7); k++) {
    if (covered(sc, k) && !sc.mentions.some((m) => m.from === k && m.label === 'Agency')) return null;
    if (!/^\s+$/.test(ctx.text.slice(sc.tokens[k - 1]!.end, sc.tokens[k]!.start))) return null;
    const parent =
      sc.mentions.find((m) => m.from === k && m.label === 'Agency') ??
      headedBodyAt(ctx, sc, k) ??
      knownAgencyAt(ctx, sc, k);
    if (!parent) {
      const word = sc.tokens[k]!.text;
      // «департамента первым заместителем начальника ДП …»: a post between them, not a unit's name.
      if (POST_WORDS.some((w) => sc.tokens[k]!.forms.has(w))) return null;
      // «отдел по борьбе с экономическими преступлениями»: «с» after «борьба» is part of the field's name.
      const field = word === 'по' || (word === 'с' && !!sc.tokens[k - 1]?.forms.has('борьба'));
      const nominal =
        field || ctx.morph(word).some((p) => ['NOUN', 'ADJF', 'PRTF'].includes(p.tag.POS ?? ''));
      if (
        !/^[а-яё-]+$/.test(word) ||
        !nominal ||
        // «проходил службу в Департаменте …»: a preposition other than «по» ends the unit's name.
        ctx
          .morph(word)
          .some(
            (p) =>
              ['ADVB', 'CONJ', 'PRCL', ...(field ? [] : ['PREP'])].includes(p.tag.POS ?? '') && p.score > 0.5,
          )
      )
        return null;
      continue;
    }
    // «управления по противодействию наркопреступности ДП [Актюбинской области]»: a police department the graph
    // knows is spelled out in its unit's name, so «УПН ДП …» and every other form name one unit.
    const bare = parent.existingId !== null && /^Департамент полиции\s/u.test(parent.name);
    const name = bare
      ? `${nominativePhrase(
          ctx.morph,
          sc.tokens.slice(i, k).map((t) => t.text),
        )} ${genitivePhrase(ctx.morph, parent.name)}`
      : nominativePhrase(
          ctx.morph,
          sc.tokens.slice(i, parent.to).map((t) => t.text),
        );
    const ref = ctx.builder.entity({
      key: `Agency|new|${foldName(bare ? name : ctx.text.slice(first.start, parent.end))}`,
      label: 'Agency',
      name,
      existingId: null,
      mention: { start: first.start, end: parent.end },
      confidence: 0.75,
    });
    const unit: Mention = {
      start: first.start,
      end: parent.end,
      label: 'Agency',
      ref,
      name: '',
      existingId: null,
      from: i,
      to: parent.to,
      regionId: parent.regionId ?? null,
    };
    ctx.builder.relate({ type: 'PART_OF', from: ref, to: parent.ref, evidence: unit, confidence: 0.85 });
    // The unit's span contains its parent's; both stay, the unit first, so facts can name either.
    sc.mentions.push(unit);
    return unit;
  }
  return null;
}

function isUnitNoun(token: { forms: Set<string> }): boolean {
  return [...token.forms].some((f) => UNIT_NOUNS.has(f));
}

function knownAgencyAt(ctx: DocumentContext, sc: SentenceContext, k: number): Mention | null {
  const match = ctx.index.matchAt(sc.tokens, k).find((m) => m.entry.label === 'Agency');
  if (!match) return null;
  const mention = linkedMention(ctx, match.entry, sc, k, match.to, 0.9);
  sc.mentions.push(mention);
  return mention;
}

/** The parent the graph knows as the last words of a known unit's name («МВД [РК]» in «Департамент … МВД»). */
function innerParent(ctx: DocumentContext, sc: SentenceContext, to: number, context: string[]) {
  for (let k = to - 1; k > to - 3 && k > 0; k--) {
    const match = ctx.index
      .matchAt(sc.tokens, k)
      .find((m) => m.entry.label === 'Agency' && m.to === to && context.includes(m.entry.id));
    if (match) return { entry: match.entry, from: k, to: republicAfter(sc, to) };
  }
  return undefined;
}
