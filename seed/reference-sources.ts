import { createHash } from 'node:crypto';
import type { ReferencesFile } from './source-file-schema.ts';

/** The Source of reference `[n]`: evidence of every fact and node that cites it. */
export function referenceSourceId(n: number): string {
  return `source:ref-${n}`;
}

/**
 * The Source standing for the reference file as a whole: evidence of the reference data it records without
 * a numbered source (e.g. "regional bodies sit in the regional centre"), always inferred, with a basis.
 */
export const REFERENCE_FILE_SOURCE = 'source:reference-file';

// A citation that is itself an address: a host with a path as its first word, e.g.
// "tass.com/world/1509513". Nothing else becomes a URL: "zakon.kz 6451587" names a page but not its path.
const ADDRESS = /^[a-z0-9-]+(?:\.[a-z0-9-]+)+\/[^\s;…"]+$/i;

/** The citation's own address with a scheme, or undefined; never reconstructed from a site and a number. */
export function citationUrl(citation: string): string | undefined {
  const first = citation.split(/[\s;]/)[0] ?? '';
  return ADDRESS.test(first) ? `https://${first}` : undefined;
}

const sha256 = (text: string) => createHash('sha256').update(text, 'utf8').digest('hex');

/** Source properties of kind `reference`: the citation is title and text (references carry no quotes). */
function referenceSource(id: string, name: string, text: string, notes: string, url?: string) {
  return {
    id,
    props: { name, nameEn: name, title: text, text, sha256: sha256(text), kind: 'reference', url, notes },
  };
}

/** One Source per numbered reference, plus one for the reference file itself. */
export function referenceSources(
  references: ReferencesFile,
): { id: string; props: Record<string, unknown> }[] {
  const { file } = references;
  return [
    ...references.references.map(({ n, citation }) =>
      referenceSource(
        referenceSourceId(n),
        `[${n}] ${citation}`,
        citation,
        `Source [${n}] of the reference file ${file}.`,
        citationUrl(citation),
      ),
    ),
    referenceSource(
      REFERENCE_FILE_SOURCE,
      `Reference data (${file})`,
      file,
      'Reference data recorded without a numbered source; every fact citing it is inferred and says why.',
    ),
  ];
}
