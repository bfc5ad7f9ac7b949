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

test('binary and empty files are errors, not text', () => {
  const binary = decodeFile(fixture('binary.txt'));
  assert.equal(binary.d, null);
  assert.equal(binary.file.errors[0]?.rule, 'decode/binary');
  const controls = decodeFile(new Uint8Array(Array.from({ length: 200 }, (_, i) => (i % 3 === 0 ? 0x01 : 0x41))));
  assert.equal(controls.d, null);
  const empty = decodeFile(fixture('empty.txt'));
  assert.equal(empty.d, null);
  assert.equal(empty.file.errors[0]?.rule, 'decode/empty');
  assert.equal(decodeFile(new Uint8Array()).d, null);
});
