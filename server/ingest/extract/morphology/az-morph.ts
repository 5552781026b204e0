import { createRequire } from 'node:module';
import path from 'node:path';
import Az, { type AzParse } from 'az';

/**
 * Russian morphology from Az.js: a pymorphy2-style analyser whose OpenCorpora dictionaries ship inside the npm
 * package (no download at run time). It knows many Kazakh first names (Жанибек, Айгерим, Асель) and predicts
 * unknown words from their suffixes. Loading the dictionaries takes about 0.4 s, so it happens once per process.
 */
export type Morph = (word: string) => readonly AzParse[];

let loading: Promise<Morph> | undefined;

/** The analyser, loaded on first use; later calls share it and its cache. */
export function loadMorph(): Promise<Morph> {
  loading ??= new Promise<Morph>((resolve, reject) => {
    const dicts = path.join(path.dirname(createRequire(import.meta.url).resolve('az/package.json')), 'dicts');
    Az.Morph.init(dicts, (error?: unknown) => {
      if (error) reject(new Error(`Could not load the Az.js dictionaries from ${dicts}: ${String(error)}`));
      else resolve(cached((word) => Az.Morph(word, { typos: 0, stutter: 0 })));
    });
  });
  return loading;
}

function cached(analyse: Morph): Morph {
  const cache = new Map<string, readonly AzParse[]>();
  return (word) => {
    const key = word.replaceAll('ё', 'е').replaceAll('Ё', 'Е');
    let parses = cache.get(key);
    if (!parses) {
      parses = analyse(key);
      // Bounded: a long document cannot grow the cache without limit.
      if (cache.size > 50_000) cache.clear();
      cache.set(key, parses);
    }
    return parses;
  };
}

/** Lemmas of a word, most likely first, without duplicates. */
export function lemmas(morph: Morph, word: string): string[] {
  return [...new Set(morph(word).map((parse) => parse.normalize().word))];
}
