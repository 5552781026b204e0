/** Letters only Kazakh uses among the Cyrillic alphabets read here (і is also Ukrainian, see below). */
const KAZAKH_CYRILLIC = /[әғқңөұүһіӘҒҚҢӨҰҮҺІ]/g;
/** Letters of Ukrainian that Russian and Kazakh lack. */
const UKRAINIAN = /[їєґЇЄҐ]/g;
/** Letters of the 2021 Kazakh Latin alphabet that English lacks. */
const KAZAKH_LATIN = /[äğıñöşūüÄĞİÑÖŞŪÜ]/g;
const CYRILLIC = /\p{Script=Cyrillic}/gu;
const WORD = /\p{L}+/gu;
/** Short words of running Russian that Kazakh text does not use (Kazakh has «және», «мен», «үшін»…). */
const RUSSIAN_FUNCTION_WORDS = new Set(
  'и в во на с со по что из не за к от для о об это как а но при до его их он она они который также'.split(
    ' ',
  ),
);
const LATIN = /\p{Script=Latin}/gu;

/**
 * Shares of letters above which a text is taken to be Kazakh or Ukrainian. A Russian release that names
 * Kazakh people and places (Қасымқызы, Ұлытау, Жетісу) stays well under 1 %; running Kazakh text is around
 * 8–10 % (measured on the samples in test/unit/ingest-input-language.test.ts).
 */
const KAZAKH_SHARE = 0.03;
/** Russian prose has 15–25 % function words; a text above this share is Russian whatever names it holds. */
const RUSSIAN_FUNCTION_SHARE = 0.08;
const UKRAINIAN_SHARE = 0.003;
const KAZAKH_LATIN_SHARE = 0.01;

export interface DetectedLanguage {
  /** ISO 639-1: ru, kk, uk, en; "und" for a text without letters. */
  language: string;
  /** What decided it, for the error message. */
  reason: string;
}

/**
 * The language of a document by its letters and words: script first (Latin → English, or Kazakh Latin by
 * its letters); within Cyrillic, Ukrainian by its own letters, Russian by its function words (so a short
 * release dense with Kazakh names stays Russian), then Kazakh by the letters only it uses. Deterministic, and right on
 * short texts, where statistical detectors are not: franc labelled a short Russian sentence with Kazakh
 * names as Serbian, and would have refused a Russian release.
 */
export function detectLanguage(text: string): DetectedLanguage {
  const count = (re: RegExp) => text.match(re)?.length ?? 0;
  const cyrillic = count(CYRILLIC);
  const latin = count(LATIN);
  if (cyrillic + latin === 0) return { language: 'und', reason: 'it has no letters' };
  if (latin > cyrillic) {
    const kazakh = count(KAZAKH_LATIN);
    return kazakh > latin * KAZAKH_LATIN_SHARE
      ? { language: 'kk', reason: `it is in Latin script with Kazakh letters (ä, ğ, q, ñ…: ${kazakh})` }
      : { language: 'en', reason: `it is in Latin script (${latin} Latin letters, ${cyrillic} Cyrillic)` };
  }
  const ukrainian = count(UKRAINIAN);
  if (ukrainian > cyrillic * UKRAINIAN_SHARE) {
    return { language: 'uk', reason: `it has Ukrainian letters (ї, є, ґ: ${ukrainian})` };
  }
  const words = text.toLowerCase().match(WORD) ?? [];
  const functionWords = words.filter((word) => RUSSIAN_FUNCTION_WORDS.has(word)).length;
  if (functionWords >= words.length * RUSSIAN_FUNCTION_SHARE) {
    return { language: 'ru', reason: 'Cyrillic with the function words of Russian prose' };
  }
  const kazakh = count(KAZAKH_CYRILLIC);
  if (kazakh > cyrillic * KAZAKH_SHARE) {
    const percent = ((kazakh / cyrillic) * 100).toFixed(1);
    return {
      language: 'kk',
      reason: `Kazakh letters (ә, ғ, қ, ң, ө, ұ, ү, һ, і) are ${percent} % of its letters`,
    };
  }
  return { language: 'ru', reason: 'Cyrillic without Kazakh or Ukrainian letters' };
}
