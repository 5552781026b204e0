import type { DocumentText } from '../input/read-document.ts';
import type { GoldFile } from './gold-schema.ts';

/** One scored document: its gold annotation and its stored text as readDocument gives it. */
export interface GoldCase {
  /** Where it comes from, for the report: "test/fixtures/ingest/arrest-karaganda.gold.json" or "seed". */
  name: string;
  gold: GoldFile;
  document: DocumentText;
}
