import type { AzParse } from 'az';
import type { Morph } from './az-morph.ts';
import { capitalise } from './name-readings.ts';

const ADJECTIVAL = new Set(['ADJF', 'PRTF']);

/**
 * A noun phrase in the nominative, its number kept: the adjectives and the head noun are inflected, and the
 * dependent words after the head (usually genitive: "полиции города Уральска") stay as written.
 * "Пограничной службы КНБ" → "Пограничная служба КНБ"; "начальникам подразделений" → "Начальники подразделений".
 * `plural`: a counted noun after a number ("73 наркопреступления") is named in the plural whatever its case.
 */
export function nominativePhrase(
  morph: Morph,
  allWords: readonly string[],
  { capitaliseFirst = true, plural = false } = {},
): string {
  // Hyphenated words are inflected by their last part ("интернет-мошенничеств" → "интернет-мошенничества").
  const prefixes = allWords.map((w) => (w.includes('-') ? w.slice(0, w.lastIndexOf('-') + 1) : ''));
  const words = allWords.map((w, i) => w.slice(prefixes[i]!.length));
  const out = [...words];
  let head = -1;
  let headParse: AzParse | undefined;
  for (let i = 0; i < words.length && head < 0; i++) {
    const parses = morph(words[i]!);
    const noun = parses.find((p) => p.tag.POS === 'NOUN' && !p.tag.Fixd);
    const adjective = parses.find((p) => ADJECTIVAL.has(p.tag.POS ?? '') || p.tag.Anum);
    const beforeNoun =
      i < words.length - 1 &&
      morph(words[i + 1]!).some((p) => p.tag.POS === 'NOUN' || ADJECTIVAL.has(p.tag.POS ?? ''));
    if (noun && (!adjective || !beforeNoun)) {
      head = i;
      headParse = noun;
    }
  }
  if (headParse && head >= 0) {
    const number = plural || headParse.tag.NMbr === 'plur' ? 'plur' : 'sing';
    const gender = headParse.tag.GNdr;
    out[head] = keepCase(words[head]!, inflect(headParse, ['nomn', number]));
    for (let i = 0; i < head; i++) {
      const parse = morph(words[i]!).find((p) => ADJECTIVAL.has(p.tag.POS ?? '') || p.tag.Anum);
      if (!parse) continue;
      if (parse.tag.Anum) {
        // Az.js files ordinals under "один"; only the stem-and-ending form is safe.
        out[i] = keepCase(words[i]!, ordinalNominative(words[i]!, number, String(gender ?? 'masc')));
        continue;
      }
      const grammemes = number === 'plur' ? ['nomn', 'plur'] : ['nomn', 'sing', String(gender ?? 'masc')];
      // Participles keep their voice and tense ("расширенное" must not become "расширившее").
      for (const g of ['pssv', 'actv', 'past', 'pres', 'perf', 'impf']) if (parse.tag[g]) grammemes.push(g);
      out[i] = keepCase(words[i]!, inflect(parse, grammemes));
    }
  }
  const phrase = out
    .map(
      (w, i) =>
        prefixes[i] + (prefixes[i] && /^\p{Lu}/u.test(words[i]!) ? w : prefixes[i] ? w.toLowerCase() : w),
    )
    .join(' ');
  return capitaliseFirst ? phrase.charAt(0).toUpperCase() + phrase.slice(1) : phrase;
}

function ordinalNominative(word: string, number: string, gender: string): string | null {
  const stem = /^(.*?)(ого|его|ому|ему|ым|им|ом|ем|ая|яя|ой|ей|ую|юю|ые|ие|ых|их|ыми|ими|ый|ий|ое|ее)$/i.exec(
    word.toLowerCase(),
  );
  if (!stem) return null;
  const soft = /[ь]$|трет$/.test(stem[1]!);
  const ending =
    number === 'plur'
      ? soft
        ? 'ьи'
        : 'ые'
      : gender === 'femn'
        ? soft
          ? 'ья'
          : 'ая'
        : gender === 'neut'
          ? soft
            ? 'ье'
            : 'ое'
          : soft
            ? 'ий'
            : /втор$/.test(stem[1]!)
              ? 'ой'
              : 'ый';
  return stem[1]! + ending;
}

function inflect(parse: AzParse, grammemes: string[]): string | null {
  const form = parse.inflect(grammemes);
  if (!form) return null;
  // A known prefix is split off before inflecting ("нарко" + "преступлений"): put it back.
  const prefix = parse.parser === 'PrefixKnown' ? (parse.prefix ?? '') : '';
  return form.word.startsWith(prefix) ? form.word : prefix + form.word;
}

/** The inflected word in the capitalisation of the original (КНБ stays КНБ, Управлением → Управление). */
function keepCase(original: string, inflected: string | null): string {
  if (!inflected) return original;
  if (original === original.toUpperCase()) return inflected.toUpperCase();
  if (original.charAt(0) === original.charAt(0).toUpperCase())
    return capitalise(inflected).replace(/^(.)/, (c) => c.toUpperCase());
  return inflected;
}
