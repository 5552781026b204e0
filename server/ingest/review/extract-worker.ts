// A worker thread of the extraction pool (extract-pool.ts): piscina imports this module in each thread and
// calls its default export once per document, with the extractor the pool names in its workerData.
import { workerData } from 'node:worker_threads';
import { createExtractor, DEFAULT_EXTRACTOR } from '../extractors.ts';
import { extractTaskHandler } from './extract-task.ts';

const name = (workerData as { extractor?: string } | null)?.extractor ?? DEFAULT_EXTRACTOR;

export default extractTaskHandler(() => createExtractor(name));
