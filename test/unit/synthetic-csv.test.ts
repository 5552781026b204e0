import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { countGraph } from '../../seed/synthetic/generate-graph.ts';
import { planFor } from '../../seed/synthetic/graph-plan.ts';
import { formatProgress } from '../../seed/synthetic/progress-bar.ts';
import {
  adminImportArgs,
  csvField,
  nodeColumns,
  nodeHeader,
  RELATIONSHIP_HEADER,
  writeCsv,
} from '../../seed/synthetic/write-csv.ts';

describe('synthetic CSV for neo4j-admin import', () => {
  it('quotes strings RFC 4180 style and joins arrays with the array delimiter', () => {
    expect(csvField('say "hi", ok', 'string')).toBe('"say ""hi"", ok"');
    expect(csvField(['ДП СКО', 'DP SKO'], 'string[]')).toBe('"ДП СКО;DP SKO"');
    expect(csvField([], 'string[]')).toBe('');
    expect(csvField(2024, 'int')).toBe('2024');
    expect(csvField(null, 'string')).toBe('');
    expect(() => csvField(['a;b'], 'string[]')).toThrow(/delimiter/);
  });

  it('types columns in the header the way the UNWIND importer stores them', () => {
    const plan = planFor(1000);
    expect(nodeHeader(nodeColumns(plan, 'Seizure'))).toBe(
      'id:ID,name,nameEn,aliases:string[],amountKg:double,substance,year:int',
    );
    expect(RELATIONSHIP_HEADER).toBe(
      ':START_ID,:END_ID,id,evidence:string[],sourceIds:string[],evidenceCount:int,inferred:boolean,sourceId,quote,start:int,end:int,basis,validFrom,validTo,extractor',
    );
  });

  it('writes one file per label and per type with every node and relationship', async () => {
    const plan = planFor(1000);
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'syn-csv-'));
    try {
      const files = await writeCsv(plan, dir, 128);
      const lines = (file: string) => fs.readFileSync(file, 'utf8').trimEnd().split('\n');
      const nodeRows = files.nodes.reduce((sum, f) => sum + lines(f.file).length - 1, 0);
      const relRows = files.relationships.reduce((sum, f) => sum + lines(f.file).length - 1, 0);
      const counts = countGraph(plan);
      expect(nodeRows).toBe(1000);
      expect(relRows).toBe(Object.values(counts.relationships).reduce((s, n) => s + n, 0));
      const holds = lines(files.relationships.find((f) => f.type === 'HOLDS')!.file);
      expect(holds[0]).toBe(RELATIONSHIP_HEADER);
      expect(holds[1]).toMatch(
        /^"person:syn-0","position:syn-\d+","person:syn-0\|HOLDS\|position:syn-\d+","\{""sourceId"":""source:syn-\d+"",""quote"":.*","source:syn-\d+[^"]*",\d,false,"source:syn-\d+","[^"]+",\d+,\d+,,"\d{4}",/,
      );
      const args = adminImportArgs(files);
      expect(args.slice(0, 4)).toEqual(['database', 'import', 'full', 'neo4j']);
      expect(args).toContain('--overwrite-destination=true');
      expect(args).toContain(`--nodes=Person:Entity=${path.join(dir, 'nodes-Person.csv')}`);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  it('formats progress with rate and ETA', () => {
    expect(formatProgress('nodes', 250, 1000, 50)).toBe(
      'nodes [#######.....................]  25% 250/1,000 50/s ETA 15s',
    );
    expect(formatProgress('nodes', 1000, 1000, 100, true)).toMatch(/100% 1,000\/1,000 100\/s in 10s$/);
  });
});
