import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { decode } from '../../src/ingest/decode.ts';

const fixture = (name: string): Uint8Array => new Uint8Array(readFileSync(new URL(`../fixtures/ingest/${name}`, import.meta.url)));

test('UTF-8 with BOM and CRLF: BOM gone, LF line endings', () => {
  const d = decode(fixture('crlf-bom.txt'));
  assert.ok(d.ok);
  assert.equal(d.encoding, 'utf-8');
  assert.ok(!d.text.startsWith('\uFEFF'));
  assert.ok(!d.text.includes('\r'));
  assert.ok(d.text.startsWith('Zelensky ontmoet Biden'));
  assert.ok(d.text.includes('Oekraïense'));
  assert.deepEqual(d.issues, []);
});

test('CR-only line endings become LF', () => {
  const d = decode(fixture('cr-only.txt'));
  assert.ok(d.ok);
  assert.equal(d.text.split('\n').length, 4);
});

test('invalid UTF-8 falls back to Windows-1252 with a warning', () => {
  const d = decode(fixture('windows-1252.txt'));
  assert.ok(d.ok);
  assert.equal(d.encoding, 'windows-1252');
  assert.ok(d.text.includes('Genève') && d.text.includes('Oekraïne') && d.text.includes('“We hebben') && d.text.includes('– het'));
  assert.deepEqual(
    d.issues.map((i) => [i.rule, i.severity]),
    [['decode/windows-1252', 'warning']],
  );
});

test('UTF-16 with BOM is decoded', () => {
  const text = 'Poetin belt Biden\nDe Russische president belde.';
  const le = new Uint8Array([0xff, 0xfe, ...Buffer.from(text, 'utf16le')]);
  const d = decode(le);
  assert.ok(d.ok);
  assert.equal(d.text, text);
});

test('binary and empty files are errors, not text', () => {
  const binary = decode(fixture('binary.txt'));
  assert.ok(!binary.ok);
  assert.equal(binary.issues[0]?.rule, 'decode/binary');
  const controls = decode(new Uint8Array(Array.from({ length: 200 }, (_, i) => (i % 3 === 0 ? 0x01 : 0x41))));
  assert.ok(!controls.ok);
  const empty = decode(fixture('empty.txt'));
  assert.ok(!empty.ok);
  assert.equal(empty.issues[0]?.rule, 'decode/empty');
  assert.ok(!decode(new Uint8Array()).ok);
});
