import { readdirSync, readFileSync } from 'node:fs';
import { ingestFile } from '../ingest.ts';
const dir = 'tests/fixtures/ingest/unseen/';
for (const f of readdirSync(dir).sort()) {
  if (process.argv[2] && !f.includes(process.argv[2])) continue;
  const r = ingestFile({ file: f, bytes: new Uint8Array(readFileSync(dir + f)) });
  console.log('=====', f, r.errors.map(e=>e.rule));
  for (const x of r.records) {
    console.log(JSON.stringify({ t: x.title, ts: x.titleSource, d: x.date, p: x.datePrecision, s: x.dateSource, dl: x.dateline, ag: x.agency }));
    for (const b of x.blocks) console.log('  ', b.type[0], b.text.slice(0, 110));
  }
  console.log('  warnings:', r.warnings.map(w=>w.rule).join(','));
}
