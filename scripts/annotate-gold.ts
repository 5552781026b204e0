// Fills the offsets and sha256 of gold files from their texts, then checks them:
//   npx tsx scripts/annotate-gold.ts test/fixtures/ingest/*.gold.json
// Write a mention as { "text": "Ерлана Сарбасова" } (plus "occurrence": 2 for the second one); this adds
// "start"/"end". Rerun it after editing a document: every offset is recomputed.
import fs from 'node:fs/promises';
import path from 'node:path';
import { readDocument } from '../server/ingest/input/read-document.ts';
import { fillGoldOffsets } from '../server/ingest/eval/fill-gold-offsets.ts';
import { readGoldFile } from '../server/ingest/eval/read-gold.ts';

let failed = false;
for (const file of process.argv.slice(2)) {
  const gold = JSON.parse(await fs.readFile(file, 'utf8')) as Record<string, unknown>;
  const documentName = String(gold.document);
  const bytes = new Uint8Array(await fs.readFile(path.join(path.dirname(file), documentName)));
  const document = await readDocument(bytes, documentName);
  const missing = fillGoldOffsets(gold, document.text, document.sha256);
  await fs.writeFile(file, `${JSON.stringify(gold, null, 2)}\n`);
  const { problems } = await readGoldFile(file);
  for (const problem of [...missing.map((m) => `${file}: ${m}`), ...problems]) console.error(problem);
  const bad = missing.length + problems.length > 0;
  failed ||= bad;
  console.log(`${file}: ${bad ? 'has problems' : 'ok'}`);
}
process.exit(failed ? 1 : 0);
