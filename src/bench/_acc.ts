import { generateCorpusWithTruth } from './corpus.ts';
import { ingestFile } from '../ingest.ts';
const enc = new TextEncoder();
const files = generateCorpusWithTruth({ articles: 3000, seed: 7 });
let n = 0, title = 0, date = 0, parts = 0, dl = 0; const bad: string[] = [];
for (const f of files) {
  const r = ingestFile({ file: f.file, bytes: enc.encode(f.text) });
  const first = r.records[0]; n++;
  if (r.records.length === f.truth.parts) parts++;
  if (first && (f.truth.headlineStyle === 'none' || first.title === f.truth.title)) title++; else if (bad.length < 5) bad.push(`${f.file}: ${first?.title} ≠ ${f.truth.title}`);
  if (first && first.date === f.truth.date) date++;
  if (first && first.dateline === f.truth.dateline) dl++;
}
console.log({ n, title, date, parts, dl }); console.log(bad.join('\n'));
let shown = 0;
for (const f of files) {
  const r = ingestFile({ file: f.file, bytes: enc.encode(f.text) });
  const first = r.records[0];
  if (first && first.dateline !== f.truth.dateline && shown++ < 4) console.log(f.file, JSON.stringify(first.dateline), JSON.stringify(f.truth.dateline), first.lede.slice(0, 80), '|', first.blocks[0]?.text.slice(0,60));
}
