/**
 * `npm run bench:outlets [-- DIR] [--failures]`: ingest's score on the held-out unseen-outlet set
 * (default tests/fixtures/outlets/), as the per-class and per-check tables in the README, and
 * with `--failures` every failed check.
 */
import { fileURLToPath } from 'node:url';
import { classTable, describeCheck, kindTable, scoreOutlets, summary } from './outlets-score.ts';

const args = process.argv.slice(2);
const dir = args.find((a) => !a.startsWith('--')) ?? fileURLToPath(new URL('../../tests/fixtures/outlets/', import.meta.url));
const { files, checks } = scoreOutlets(dir);
const s = summary(checks);
console.log(classTable(files, checks));
console.log('');
console.log(kindTable(checks));
console.log('');
console.log(`${s.passed}/${s.total} checks passed (${(100 * s.score).toFixed(1)} %), ${s.wrongDates.length} wrong date(s)`);
for (const c of s.wrongDates) console.log(`  wrong date: ${describeCheck(c)}`);
if (args.includes('--failures')) for (const c of checks.filter((c) => !c.ok)) console.log(`  ${describeCheck(c)}`);
