import type { GazetteerEntry } from '../draft.ts';
import type { Morph } from '../extract/morphology/az-morph.ts';
import { isAbbreviation, wordForms } from '../extract/morphology/word-forms.ts';
import { tokenize, type Token } from '../extract/text/segment.ts';
import { foldName } from './fold-name.ts';

/** A text word with the forms it can be matched by. */
export interface FormToken extends Token {
  forms: Set<string>;
  abbreviation: boolean;
}

interface KeyWord {
  forms: Set<string>;
  abbreviation: boolean;
}

interface Key {
  entry: GazetteerEntry;
  words: KeyWord[];
  /** The entry's own name (not an alias). */
  primary: boolean;
}

export interface GazetteerMatch {
  entry: GazetteerEntry;
  /** Token indices [from, to). */
  from: number;
  to: number;
  primary: boolean;
}

/**
 * Finds gazetteer names in text by lemmas rather than letters, so "Департаментом полиции Жамбылской области",
 * "Астаны" and "в СКО" all find their nodes: each name and alias is split into words, each word into its
 * forms, and a text word matches a name word when they share a form. Capital abbreviations match only capitals.
 */
export class GazetteerIndex {
  private readonly byFirstForm = new Map<string, Key[]>();
  private readonly byId = new Map<string, GazetteerEntry>();
  private readonly byFoldedName = new Map<string, GazetteerEntry[]>();

  constructor(
    readonly entries: readonly GazetteerEntry[],
    private readonly morph: Morph,
  ) {
    for (const entry of entries) {
      this.byId.set(entry.id, entry);
      const names = withShortForms([entry.name, ...entry.aliases]).filter((name) =>
        /\p{Script=Cyrillic}/u.test(name),
      );
      for (const [i, name] of names.entries()) {
        const folded = foldName(name);
        const list = this.byFoldedName.get(folded) ?? [];
        if (!list.includes(entry)) list.push(entry);
        this.byFoldedName.set(folded, list);
        const words = tokenize(name).map((t) => ({
          forms: wordForms(morph, t.text, { asName: true }),
          abbreviation: isAbbreviation(t.text),
        }));
        if (words.length === 0) continue;
        const key: Key = { entry, words, primary: i === 0 };
        for (const form of words[0]!.forms) {
          const list = this.byFirstForm.get(form) ?? [];
          list.push(key);
          this.byFirstForm.set(form, list);
        }
      }
    }
  }

  /** Words of a span of text with their forms, ready for `matchAt`. */
  formTokens(text: string, start = 0, end = text.length): FormToken[] {
    return tokenize(text, { start, end }).map((t) => ({
      ...t,
      forms: wordForms(this.morph, t.text),
      abbreviation: isAbbreviation(t.text),
    }));
  }

  /** Every entry whose name or alias starts at token `i`, longest first. */
  matchAt(tokens: readonly FormToken[], i: number): GazetteerMatch[] {
    const seen = new Set<Key>();
    const out: GazetteerMatch[] = [];
    for (const form of tokens[i]?.forms ?? []) {
      for (const key of this.byFirstForm.get(form) ?? []) {
        if (seen.has(key)) continue;
        seen.add(key);
        if (keyMatches(key, tokens, i))
          out.push({ entry: key.entry, from: i, to: i + key.words.length, primary: key.primary });
      }
    }
    return out.sort((a, b) => b.to - a.to || Number(b.primary) - Number(a.primary));
  }

  get(id: string): GazetteerEntry | undefined {
    return this.byId.get(id);
  }

  /** Entries whose name or an alias is exactly this (after folding). */
  byName(name: string, label?: string): GazetteerEntry[] {
    return (this.byFoldedName.get(foldName(name)) ?? []).filter((e) => !label || e.label === label);
  }
}

/**
 * Names as the press shortens them: without "Республики Казахстан" / "РК" ("Министерство внутренних дел",
 * "первый заместитель министра внутренних дел"), and without the parent ministry ("Комитет государственных
 * доходов"). Each short form counts as an alias; the full name stays first.
 */
function withShortForms(names: string[]): string[] {
  const out = [...names];
  for (const name of names) {
    const short = name.replace(/\s+(?:Республики Казахстан|РК)$/u, '');
    if (short !== name && short.split(/\s+/).length >= 2) out.push(short);
    // «Агентство Республики Казахстан по финансовому мониторингу» is also «Агентство РК по …» and «Агентство по …».
    if (/\S\s+Республики Казахстан\s+\S/u.test(name))
      out.push(name.replace(' Республики Казахстан ', ' РК '), name.replace(' Республики Казахстан ', ' '));
    const parent = short.replace(/\s+(?:Министерства|МВД|МФ)(?:\s+\S+)*$/u, '');
    if (parent !== short && parent.split(/\s+/).length >= 3) out.push(parent);
  }
  const acronym = acronymOf(names[0] ?? '');
  if (acronym) out.push(acronym);
  return [...new Set(out)];
}

const FUNCTION_WORDS = new Set(['по', 'и', 'в', 'на', 'с', 'для', 'при', 'о', 'об']);

/**
 * The press acronym of a national body's name, from its words' initials without "по", "и"…:
 * "Комитет по противодействию наркопреступности МВД …" → "КПН". Regional names get none (too ambiguous).
 */
export function acronymOf(name: string): string | null {
  const core = name
    .replace(/\s+(?:Республики Казахстан|РК)$/u, '')
    .replace(/\s+(?:Министерства|МВД|МФ)(?:\s+\S+)*$/u, '');
  if (/област|город|район|Республики|\p{Lu}{2}/u.test(core)) return null;
  const words = core.split(/\s+/).filter((w) => !FUNCTION_WORDS.has(w.toLowerCase()));
  if (words.length < 3 || words.length > 5) return null;
  return words.map((w) => w.charAt(0).toUpperCase()).join('');
}

function keyMatches(key: Key, tokens: readonly FormToken[], i: number): boolean {
  if (i + key.words.length > tokens.length) return false;
  return key.words.every((word, k) => {
    const token = tokens[i + k]!;
    if (word.abbreviation !== token.abbreviation && (word.abbreviation || token.text.length <= 3))
      return false;
    for (const form of word.forms) if (token.forms.has(form)) return true;
    return false;
  });
}
