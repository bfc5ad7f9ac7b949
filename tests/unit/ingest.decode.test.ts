import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { decode } from '../../src/ingest/decode.ts';
import { IngestFile } from '../../src/ingest/diagnostics.ts';

const fixture = (name: string): Uint8Array => new Uint8Array(readFileSync(new URL(`../fixtures/ingest/${name}`, import.meta.url)));
/** Decode with a fresh file context, to see what decoding reported. */
const decodeFile = (bytes: Uint8Array) => {
  const file = new IngestFile('t.txt');
  return { d: decode(bytes, file), file };
};

test('UTF-8 with BOM and CRLF: BOM gone, LF line endings', () => {
  const { d, file } = decodeFile(fixture('crlf-bom.txt'));
  assert.ok(d);
  assert.equal(d.encoding, 'utf-8');
  assert.ok(!d.text.startsWith('\uFEFF'));
  assert.ok(!d.text.includes('\r'));
  assert.ok(d.text.startsWith('Zelensky ontmoet Biden'));
  assert.ok(d.text.includes('Oekraïense'));
  assert.deepEqual([...file.warnings, ...file.errors], []);
});

test('CR-only line endings become LF', () => {
  const { d } = decodeFile(fixture('cr-only.txt'));
  assert.ok(d);
  assert.equal(d.text.split('\n').length, 4);
});

test('invalid UTF-8 falls back to Windows-1252 with a warning', () => {
  const { d, file } = decodeFile(fixture('windows-1252.txt'));
  assert.ok(d);
  assert.equal(d.encoding, 'windows-1252');
  assert.ok(d.text.includes('Genève') && d.text.includes('Oekraïne') && d.text.includes('“We hebben') && d.text.includes('– het'));
  assert.deepEqual(
    file.warnings.map((i) => i.rule),
    ['decode/windows-1252'],
  );
  assert.deepEqual(file.errors, []);
});

test('UTF-16 with BOM is decoded', () => {
  const text = 'Poetin belt Biden\nDe Russische president belde.';
  const le = new Uint8Array([0xff, 0xfe, ...Buffer.from(text, 'utf16le')]);
  const { d } = decodeFile(le);
  assert.ok(d);
  assert.equal(d.text, text);
});

test('binary and empty files are set aside with a warning, never an error', () => {
  const binary = decodeFile(fixture('binary.txt'));
  assert.equal(binary.d, null);
  assert.deepEqual(binary.file.errors, []);
  assert.equal(binary.file.warnings[0]?.rule, 'decode/binary');
  const controls = decodeFile(new Uint8Array(Array.from({ length: 200 }, (_, i) => (i % 3 === 0 ? 0x01 : 0x41))));
  assert.equal(controls.d, null);
  assert.equal(controls.file.warnings[0]?.rule, 'decode/binary');
  const empty = decodeFile(fixture('empty.txt'));
  assert.equal(empty.d, null);
  assert.deepEqual(empty.file.errors, []);
  assert.equal(empty.file.warnings[0]?.rule, 'decode/empty');
  assert.equal(decodeFile(new Uint8Array()).d, null);
});

test('one invalid byte in a UTF-8 file: that byte is read as Windows-1252, every other character stays exact', () => {
  const { d, file } = decodeFile(fixture('stray-byte.txt'));
  assert.ok(d);
  assert.equal(d.encoding, 'utf-8');
  assert.ok(d.text.includes('Oekraïne') && !d.text.includes('Ã'), 'no mojibake');
  assert.ok(d.text.includes('tegen de pers in Genève.'));
  assert.deepEqual(
    file.warnings.map((w) => [w.rule, w.line]),
    [['decode/invalid-utf8', 4]],
  );
  // Several stray bytes on different lines: one warning per line, valid sequences kept around them.
  const mixed = new Uint8Array([
    ...Buffer.from('Kop\nOekraïne '),
    0x93,
    ...Buffer.from('citaat'),
    0x94,
    ...Buffer.from('\nGoed\n'),
    0xe9,
    0x0a,
  ]);
  const m = decodeFile(mixed);
  assert.equal(m.d?.text, 'Kop\nOekraïne “citaat”\nGoed\né\n');
  assert.deepEqual(
    m.file.warnings.map((w) => w.line),
    [2, 4],
  );
  // A truncated multi-byte sequence at the end of a line is a stray byte too.
  assert.equal(decodeFile(new Uint8Array([...Buffer.from('Oekraïne '), 0xc3, 0x0a, ...Buffer.from('ë')])).d?.text, 'Oekraïne Ã\në');
});

test('control characters and non-characters are removed with a warning naming the line', () => {
  const text =
    'Kop van het stuk\nTekst met een bel\u0007 en een\u000b verticale tab.\nGoed.\nC1\u0085 en \ufffe en \uffff en \u{1FFFE}.\n\tingesprongen';
  const { d, file } = decodeFile(new TextEncoder().encode(text));
  assert.equal(d?.text, 'Kop van het stuk\nTekst met een bel en een verticale tab.\nGoed.\nC1 en  en  en .\n\tingesprongen');
  assert.deepEqual(
    file.warnings.map((w) => [w.rule, w.line]),
    [
      ['decode/invalid-character', 2],
      ['decode/invalid-character', 4],
    ],
  );
  assert.match(file.warnings[0]?.message ?? '', /U\+0007, U\+000B/);
  assert.match(file.warnings[1]?.message ?? '', /U\+0085, U\+FFFE, U\+FFFF, U\+1FFFE/);
  // A lone surrogate (from broken UTF-16) is removed too.
  const utf16 = new Uint8Array([0xff, 0xfe, ...Buffer.from('Kop\n', 'utf16le'), 0x00, 0xd8, ...Buffer.from('x', 'utf16le')]);
  const lone = decodeFile(utf16);
  assert.ok(lone.d && !/[\ud800-\udfff]/.test(lone.d.text));
});
