import { Piscina } from 'piscina';
import type { IngestSettings } from '../../config.ts';
import { apiError, ErrorCode } from '../../errors.ts';
import type { Draft, ExtractInput, Extractor, GazetteerEntry } from '../draft.ts';
import { DEFAULT_EXTRACTOR } from '../extractors.ts';
import { DocumentInputError, type DocumentInputErrorCode } from '../input/document-input-error.ts';
import type { DocumentText } from '../input/read-document.ts';
import type { CarriedError, ExtractAnswer, ExtractTask, ReadTask } from './extract-task.ts';

// Why piscina: extraction is CPU work (a 92 KB release holds a thread for 1–2 s on a loaded machine), so
// the HTTP API runs it in worker threads. Tried against tinypool 2.2 with the same worker: both run tasks,
// bound the queue and end a running task through an AbortSignal, but a worker that exited (process.exit in
// the thread) left tinypool's task pending for ever, where piscina 5.3 rejected it and started a new
// thread. piscina is the Node.js project's own pool, is maintained, and has no run-time dependency beyond
// an optional native helper (@napi-rs/nice) it works without.

export interface ExtractPoolOptions extends Omit<IngestSettings, 'extractWorkers'> {
  workers: number;
  /** The extractor the workers make by name (extractors.ts). */
  extractor?: string;
  /** The worker module; tests pass one that hangs or exits. Default: extract-worker.ts beside this file. */
  workerUrl?: URL;
}

/** Reading and extraction in worker threads, started on first use; `close` ends the threads. */
export interface ExtractPool {
  extractor: Extractor;
  /** readDocument in a thread: the same text or DocumentInputError, under the same queue and timeout. */
  readDocument(bytes: Uint8Array, fileName: string): Promise<DocumentText>;
  close(): Promise<void>;
}

/**
 * A pool of extraction threads behind the Extractor interface, so the event loop stays free for the
 * workspace and GraphQL while a document is read. A full queue is 429 TOO_MANY_REQUESTS, a task over the
 * timeout is stopped (its thread ended) with 408 TIMEOUT, a thread that dies is 500; an error the
 * extractor throws comes back with its code, as it would in-process. Nothing is stored in any of these cases:
 * the draft is written only after extraction.
 */
export function createExtractPool(options: ExtractPoolOptions): ExtractPool {
  const name = options.extractor ?? DEFAULT_EXTRACTOR;
  const workerUrl = options.workerUrl ?? new URL(`./extract-worker${moduleExtension()}`, import.meta.url);
  let pool: Piscina | undefined;
  const start = () =>
    (pool ??= new Piscina({
      filename: workerUrl.href,
      minThreads: options.workers,
      maxThreads: options.workers,
      // Threads are kept: each loads the morphology dictionaries (~0.4 s) and holds the gazetteer.
      idleTimeout: Number.POSITIVE_INFINITY,
      workerData: { extractor: name },
      // Running from TypeScript sources (tsx, vitest): the threads load them through tsx as well.
      execArgv: workerUrl.pathname.endsWith('.ts') ? ['--import', 'tsx'] : [],
    }));
  // The gazetteer's version is its identity: the deps keep one array while the graph's names are unchanged.
  const versions = new WeakMap<readonly GazetteerEntry[], number>();
  let lastVersion = 0;
  const versionOf = (gazetteer: readonly GazetteerEntry[]) => {
    let version = versions.get(gazetteer);
    if (version === undefined) versions.set(gazetteer, (version = ++lastVersion));
    return version;
  };

  // The queue is bounded here: piscina's `maxQueue` does not count tasks that carry an AbortSignal (it
  // keeps them in a second, unbounded queue), and every task here carries one, for its timeout.
  const capacity = options.workers + options.extractQueue;
  let inFlight = 0;

  async function run(task: ExtractTask | ReadTask, signal: AbortSignal): Promise<ExtractAnswer> {
    try {
      return (await start().run(task, { signal })) as ExtractAnswer;
    } catch (error) {
      throw poolError(error, options.extractTimeoutMs, task.kind === 'read' ? 'Reading' : 'Extracting');
    }
  }

  async function bounded<T>(work: () => Promise<T>): Promise<T> {
    if (inFlight >= capacity)
      throw apiError(
        ErrorCode.TOO_MANY_REQUESTS,
        'Too many documents are waiting for extraction; nothing was stored, try again in a minute',
        { retryAfter: 60 },
      );
    inFlight += 1;
    try {
      return await work();
    } finally {
      inFlight -= 1;
    }
  }

  const extractor: Extractor = {
    name,
    version: 'pool',
    extract: (input: ExtractInput) => bounded(() => extractInPool(input)),
  };

  async function readInPool(bytes: Uint8Array, fileName: string): Promise<DocumentText> {
    const answer = await run(
      { kind: 'read', bytes, fileName },
      AbortSignal.timeout(options.extractTimeoutMs),
    );
    if (answer.kind === 'error') throw restore(answer.error);
    if (answer.kind !== 'document') throw new Error('a reading worker answered with something else');
    return answer.document;
  }

  async function extractInPool(input: ExtractInput): Promise<Draft> {
    const { gazetteer, ...rest } = input;
    const task: ExtractTask = { input: rest, gazetteerVersion: versionOf(gazetteer) };
    // One timeout for the document, whether or not its thread first asks for the gazetteer.
    const signal = AbortSignal.timeout(options.extractTimeoutMs);
    let answer = await run(task, signal);
    if (answer.kind === 'needs-gazetteer') answer = await run({ ...task, gazetteer }, signal);
    if (answer.kind === 'error') throw restore(answer.error);
    if (answer.kind !== 'draft')
      throw new Error('an extraction worker did not take the gazetteer it was sent');
    return answer.draft;
  }

  return {
    extractor,
    readDocument: (bytes, fileName) => bounded(() => readInPool(bytes, fileName)),
    async close() {
      await pool?.destroy();
      pool = undefined;
    },
  };
}

/** `.ts` when this module runs from its TypeScript source, `.js` once compiled (dist/). */
function moduleExtension(): string {
  return import.meta.url.endsWith('.ts') ? '.ts' : '.js';
}

function poolError(error: unknown, timeoutMs: number, doing: 'Reading' | 'Extracting'): Error {
  const message = error instanceof Error ? error.message : String(error);
  if (error instanceof Error && error.name === 'AbortError')
    return apiError(
      ErrorCode.TIMEOUT,
      `${doing} the document took over ${timeoutMs / 1000} s and was stopped; nothing was stored`,
    );
  return apiError(
    ErrorCode.INTERNAL_SERVER_ERROR,
    `${doing === 'Reading' ? 'Reading the document' : 'The extraction'} stopped unexpectedly; nothing was stored, try again`,
    { cause: message },
  );
}

/** The error the extractor threw in its thread, as the in-process path would have thrown it. */
function restore(carried: CarriedError): Error {
  if (carried.name === 'DocumentInputError' && carried.code) {
    const { fileName, details } = carried.fields as { fileName: string; details: Record<string, unknown> };
    const error = new DocumentInputError(carried.code as DocumentInputErrorCode, fileName, '', details);
    error.message = carried.message;
    return error;
  }
  if (carried.code && carried.code in ErrorCode) return apiError(carried.code as ErrorCode, carried.message);
  const error = new Error(`extraction failed in a worker thread: ${carried.message}`);
  error.stack = carried.stack ?? error.stack;
  return error;
}
