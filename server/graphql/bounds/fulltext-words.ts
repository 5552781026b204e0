/**
 * Full-text input is reduced to words before it reaches Lucene: letters and digits of any script, lower
 * case; everything else separates words. So no Lucene syntax (`*`, `~`, `/regex/`, `field:`) survives,
 * and the work is bounded by the number and length of the words: fuzzy matching builds an automaton per
 * word whose cost grows with its length (eight 990-letter words took 22–28 s before these bounds).
 */
export const FULLTEXT_BOUNDS = {
  /** The longest accepted text, separators included. */
  maxTextLength: 300,
  maxWords: 8,
  /**
   * Longer than any name part in the sources (the longest have 13–14 letters); eight fuzzy words of this
   * length cost Neo4j about 0.8 s on the shared 2-core machine, eight of 64 letters about 2.7 s.
   */
  maxWordLength: 24,
} as const;

const SEPARATORS = /[^\p{L}\p{N}]+/u;

/** The words of a search text, as cypher/queries/search-entities.cypher splits them. */
export function fulltextWords(text: string): string[] {
  return text
    .toLowerCase()
    .split(SEPARATORS)
    .filter((word) => word !== '');
}

/** Why a text cannot be searched for, or null when it can. */
export function fulltextProblem(text: string): string | null {
  const { maxTextLength, maxWords, maxWordLength } = FULLTEXT_BOUNDS;
  if (text.length > maxTextLength) return `is ${text.length} characters long; at most ${maxTextLength}`;
  const words = fulltextWords(text);
  if (words.length === 0) return 'needs a letter or a digit';
  if (words.length > maxWords) return `has ${words.length} words; at most ${maxWords}`;
  const long = words.find((word) => [...word].length > maxWordLength);
  if (long) return `has a word of ${[...long].length} letters; at most ${maxWordLength}`;
  return null;
}

/**
 * The Lucene query for checked words, the same shape search-entities.cypher builds: each word boosted
 * exactly, as a prefix, or fuzzily when it is longer than 3 letters; words ANDed.
 */
export function fulltextQuery(words: readonly string[]): string {
  return words.map((w) => `(${w}^2 OR ${w}* OR ${w}${[...w].length > 3 ? '~' : '*'})`).join(' AND ');
}
