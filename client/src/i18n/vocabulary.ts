import { LABELS, REL_TYPES } from '../generated/vocabulary.ts';
import type { Lang } from './lang.ts';

// The names come from the vocabulary (vocabulary/graph-vocabulary.ts) through a generated table, so a label
// or type added there is named here without an edit.

/** Labels of the data contract, as an investigator reads them. */
export const LABEL_NAMES: Readonly<Record<string, Record<Lang, string>>> = Object.fromEntries(
  LABELS.map(({ label, ru, en }) => [label, { ru, en }]),
);

/** Relationship types as edge captions, and the sentence that explains one hop of a chain. */
export const REL_NAMES: Readonly<Record<string, Record<Lang, { caption: string; hop: string }>>> =
  Object.fromEntries(REL_TYPES.map(({ type, ru, en }) => [type, { ru, en }]));

/** A label's display name; unknown labels are shown as they are. */
export function labelName(label: string, lang: Lang): string {
  return LABEL_NAMES[label]?.[lang] ?? label;
}

/** A relationship type's edge caption; unknown types are shown as they are. */
export function relCaption(type: string, lang: Lang): string {
  return REL_NAMES[type]?.[lang].caption ?? type;
}

/** One sentence explaining an edge `a -[type]-> b`. */
export function hopSentence(type: string, a: string, b: string, lang: Lang): string {
  const template = REL_NAMES[type]?.[lang].hop ?? `{a} ${type} {b}`;
  return template.replace('{a}', a).replace('{b}', b);
}
