import type { Draft, ExtractInput, Extractor, GazetteerEntry } from '../draft.ts';
import { readDocument, type DocumentText } from '../input/read-document.ts';

/**
 * One document for a worker. The gazetteer (20,000 entries on a large graph) goes to a worker once per
 * version: a task names the version, and carries the entries only when the worker asked for them.
 */
export interface ExtractTask {
  kind?: 'extract';
  input: Omit<ExtractInput, 'gazetteer'>;
  gazetteerVersion: number;
  gazetteer?: readonly GazetteerEntry[];
}

/**
 * One file to read into its stored text. PDF.js and mammoth are CPU work too (a scanned-looking 4 MB PDF
 * holds a thread for seconds), so reading runs in the same threads, under the same queue and timeout.
 */
export interface ReadTask {
  kind: 'read';
  bytes: Uint8Array;
  fileName: string;
}

/** A thrown error as it crosses the thread boundary (structured clone keeps neither class nor fields). */
export interface CarriedError {
  name: string;
  message: string;
  stack?: string;
  /** `extensions.code` of a coded API error, or the code of a DocumentInputError. */
  code?: string;
  fields?: Record<string, unknown>;
}

export type ExtractAnswer =
  | { kind: 'draft'; draft: Draft }
  | { kind: 'document'; document: DocumentText }
  | { kind: 'needs-gazetteer' }
  | { kind: 'error'; error: CarriedError };

type DocumentReader = (bytes: Uint8Array, fileName: string) => Promise<DocumentText>;

/**
 * The worker's side: reads files, and extracts with one extractor, made on first use (its dictionaries take
 * ~0.4 s), keeping the last gazetteer it was sent, the same array object, so the extractor's own index of it
 * is kept. `read` is readDocument; a test passes a reader that hangs.
 */
export function extractTaskHandler(
  makeExtractor: () => Promise<Extractor>,
  read: DocumentReader = readDocument,
) {
  let extractor: Promise<Extractor> | undefined;
  let kept: { version: number; entries: readonly GazetteerEntry[] } | undefined;
  return async (task: ExtractTask | ReadTask): Promise<ExtractAnswer> => {
    if (task.kind === 'read') {
      try {
        return { kind: 'document', document: await read(task.bytes, task.fileName) };
      } catch (error) {
        return { kind: 'error', error: carry(error) };
      }
    }
    if (task.gazetteer) kept = { version: task.gazetteerVersion, entries: task.gazetteer };
    if (kept?.version !== task.gazetteerVersion) return { kind: 'needs-gazetteer' };
    try {
      extractor ??= makeExtractor();
      const draft = await (await extractor).extract({ ...task.input, gazetteer: kept.entries });
      return { kind: 'draft', draft };
    } catch (error) {
      return { kind: 'error', error: carry(error) };
    }
  };
}

function carry(error: unknown): CarriedError {
  if (!(error instanceof Error)) return { name: 'Error', message: String(error) };
  const { name, message, stack } = error;
  const extensions = (error as { extensions?: { code?: unknown } }).extensions;
  const code = extensions?.code ?? (error as { code?: unknown }).code;
  const { fileName, details } = error as { fileName?: unknown; details?: unknown };
  return {
    name,
    message,
    stack,
    ...(typeof code === 'string' ? { code } : {}),
    ...(name === 'DocumentInputError' ? { fields: { fileName, details } } : {}),
  };
}
