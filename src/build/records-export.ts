/**
 * The public export /data/records.json, streamed record by record (by the archive worker, see
 * src/site/publish.ts): at 100,000 articles the whole array as one string would be ~650 MB.
 */
import { once } from 'node:events';
import { createWriteStream } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import type { ArticleRecord } from '../record/types.ts';

export const RECORDS_PATH = 'data/records.json';

export async function writeRecordsJson(outputDir: string, records: readonly ArticleRecord[]): Promise<void> {
  const file = path.join(outputDir, RECORDS_PATH);
  await mkdir(path.dirname(file), { recursive: true });
  const out = createWriteStream(file, { encoding: 'utf8' });
  const write = async (chunk: string): Promise<void> => {
    if (!out.write(chunk)) await once(out, 'drain');
  };
  await write('[');
  for (let i = 0; i < records.length; i++) await write((i ? ',\n' : '\n') + JSON.stringify(records[i]));
  await write('\n]\n');
  out.end();
  await once(out, 'finish');
}
