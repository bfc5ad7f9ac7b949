import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { IngestFile } from '../../src/ingest/diagnostics.ts';
import { parseFrontMatter as parseWith } from '../../src/ingest/frontmatter.ts';

const fixture = (name: string): string => readFileSync(new URL(`../fixtures/ingest/${name}`, import.meta.url), 'utf8');
/** Parse with a fresh file context; `issues` lists what it reported (errors, then warnings). */
function parseFrontMatter(text: string) {
  const file = new IngestFile('t.txt');
  const fm = parseWith(text, file);
  const issues = [
    ...file.errors.map((m) => ({ ...m, severity: 'error' as const })),
    ...file.warnings.map((m) => ({ ...m, severity: 'warning' as const })),
  ];
  return { ...fm, issues };
}

test('no front matter: body is the whole text from line 1', () => {
  const fm = parseFrontMatter('Kop\nTekst.\n');
  assert.equal(fm.body, 'Kop\nTekst.\n');
  assert.equal(fm.bodyLine, 1);
  assert.deepEqual(fm.fields, {});
});

test('fields are read and typed; body starts after the closing ---', () => {
  const fm = parseFrontMatter(fixture('article.md'));
  assert.equal(fm.fields.title, 'Markdown-artikel over Oekraïne');
  assert.deepEqual(fm.fields.date, { date: '2022-02-24', precision: 'day' });
  assert.deepEqual(fm.fields.tags, ['oorlog', 'diplomatie']);
  assert.equal(fm.fields.source, 'https://example.org/artikel');
  assert.equal(fm.bodyLine, 7);
  assert.ok(fm.body.startsWith('# Een kop'));
  assert.deepEqual(fm.issues, []);
});

test('dates: quoted, unquoted (YAML Date), month and year (YAML number)', () => {
  assert.deepEqual(parseFrontMatter('---\ndate: "2021-04"\n---\nx').fields.date, { date: '2021-04', precision: 'month' });
  assert.deepEqual(parseFrontMatter('---\ndate: 2021\n---\nx').fields.date, { date: '2021', precision: 'year' });
  assert.deepEqual(parseFrontMatter('---\ndate: 2022-12-03\n---\nx').fields.date, { date: '2022-12-03', precision: 'day' });
});

test('parts override per article, in block and flow style', () => {
  const shipped = parseFrontMatter(readFileSync(new URL('../../articles/003_8bd9632aeaf2a08c.txt', import.meta.url), 'utf8'));
  assert.equal(shipped.parts.length, 2);
  assert.equal(shipped.parts[0]?.title, 'Biden nodigt Poetin uit voor een top in een derde land');
  assert.equal(shipped.parts[1]?.date?.date, '2021-04-13');
  assert.deepEqual(shipped.issues, []);
  const flow = parseFrontMatter('---\nagency: ANP\nparts: [{title: Een, date: 2021-04-13}, {date: 2021-05}]\n---\nx');
  assert.equal(flow.fields.agency, 'ANP');
  assert.deepEqual(
    flow.parts.map((p) => p.date?.date),
    ['2021-04-13', '2021-05'],
  );
});

test('broken YAML is an error on the real file line', () => {
  const fm = parseFrontMatter(fixture('broken-yaml.txt'));
  assert.equal(fm.issues.length, 1);
  const [issue] = fm.issues;
  assert.equal(issue?.rule, 'frontmatter/yaml');
  assert.equal(issue?.severity, 'error');
  // `date: [2021-12-03` opens on line 3; js-yaml notices the missing `]` on the next line.
  assert.ok(issue?.line === 3 || issue?.line === 4, `line ${issue?.line}`);
  const unclosed = parseFrontMatter('---\ntitle: x\nTekst zonder einde\n');
  assert.equal(unclosed.issues[0]?.rule, 'frontmatter/yaml');
  const notMapping = parseFrontMatter('---\n- a\n- b\n---\nTekst');
  assert.equal(notMapping.issues[0]?.rule, 'frontmatter/yaml');
});

test('impossible dates are errors naming the field and its line', () => {
  const fm = parseFrontMatter(fixture('impossible-date.txt'));
  assert.deepEqual(
    fm.issues.map((i) => [i.rule, i.line, i.severity]),
    [['frontmatter/date', 3, 'error']],
  );
  assert.match(fm.issues[0]?.message ?? '', /`date`.*2021-02-30/);
  for (const bad of ['2021-13', 'gisteren', '"2021-02-29"']) {
    const issues = parseFrontMatter(`---\ntitle: t\ndate: ${bad}\n---\nx`).issues;
    assert.deepEqual(
      issues.map((i) => [i.rule, i.line]),
      [['frontmatter/date', 3]],
      bad,
    );
  }
  const part = parseFrontMatter(fixture('impossible-part-date.txt'));
  assert.deepEqual(
    part.issues.map((i) => [i.rule, i.line]),
    [['frontmatter/date', 4]],
  );
  assert.match(part.issues[0]?.message ?? '', /parts\[2\]/);
});

test('unknown fields are warnings; draft is read', () => {
  const fm = parseFrontMatter(fixture('unknown-field.txt'));
  assert.equal(fm.fields.draft, true);
  assert.deepEqual(
    fm.issues.map((i) => [i.rule, i.line, i.severity]),
    [['frontmatter/unknown-field', 4, 'warning']],
  );
});

test('a field of the wrong type is an error naming the field and its line', () => {
  const fm = parseFrontMatter('---\ntitle: [een, lijst]\ndraft: misschien\nparts: geen lijst\n---\nTekst.');
  assert.deepEqual(
    fm.issues.map((i) => [i.rule, i.line, i.severity]),
    [
      ['frontmatter/field', 2, 'error'],
      ['frontmatter/field', 3, 'error'],
      ['frontmatter/field', 4, 'error'],
    ],
  );
  assert.match(fm.issues[0]?.message ?? '', /`title`/);
  assert.match(fm.issues[1]?.message ?? '', /`draft`/);
});

test('outlet and source from front matter reach the record; a non-text outlet is an error', async () => {
  const { ingestFiles } = await import('../../src/ingest/pipeline.ts');
  const text =
    '---\noutlet: NOS\nsource: https://nos.nl/artikel/123\ndate: 2022-02-12\n---\nBiden en Poetin bellen\n\nWASHINGTON - Biden en Poetin spraken een uur.\n';
  const [record] = ingestFiles([{ file: 'a.txt', bytes: new TextEncoder().encode(text) }]).records;
  assert.equal(record?.outlet, 'NOS');
  assert.equal(record?.source, 'https://nos.nl/artikel/123');
  const bad = parseFrontMatter('---\noutlet: [NOS, NRC]\n---\nTekst.');
  assert.deepEqual(
    bad.issues.map((i) => [i.rule, i.line]),
    [['frontmatter/field', 2]],
  );
});

const errors = (text: string) => parseFrontMatter(text).issues.filter((i) => i.severity === 'error');

test('an impossible date is an error in every YAML style, on the line of the value', () => {
  const styles: [string, string, number][] = [
    ['flow style', '---\n{title: x, date: 2022-02-30}\n---\nTekst.', 2],
    ['value on the next line', '---\ntitle: x\ndate:\n  2022-02-30\n---\nTekst.', 4],
    ['quoted key', '---\ntitle: x\n"date": 2022-02-30\n---\nTekst.', 3],
    ['single-quoted key', "---\n'date': 2022-02-30\ntitle: x\n---\nTekst.", 2],
    ['a !!timestamp tag', '---\ndate: !!timestamp 2022-02-30\n---\nTekst.', 2],
    ['a part in flow style', '---\nparts: [{title: Een, date: 2021-04-13}, {date: 2021-02-29}]\n---\nTekst.', 2],
    ['a part on its own line', '---\nparts:\n  - title: Een\n  - title: Twee\n    date: 2021-02-29\n---\nTekst.', 5],
  ];
  for (const [style, text, line] of styles) {
    const fm = parseFrontMatter(text);
    assert.deepEqual(
      errors(text).map((i) => [i.rule, i.line]),
      [['frontmatter/date', line]],
      style,
    );
    assert.equal(fm.fields.date, undefined, style);
  }
});

test('anchors, tags and times that give a real date are accepted, as written', () => {
  const ok: [string, string][] = [
    ['---\ndate: &d 2022-04-01\n---\nx', '2022-04-01'],
    ['---\ndate: !!str 2022-04-01\n---\nx', '2022-04-01'],
    ['---\ndate: !!timestamp 2022-04-01\n---\nx', '2022-04-01'],
    ['---\nd: &d 2022-04-01\nparts:\n  - date: *d\n---\nx', ''],
    ['---\ndate: 2022-04-01T23:30:00-05:00\n---\nx', '2022-04-01'],
    ['---\ndate: "2022-04"\n---\nx', '2022-04'],
  ];
  for (const [text, date] of ok) {
    const fm = parseFrontMatter(text);
    assert.deepEqual(errors(text), [], text);
    if (date) assert.equal(fm.fields.date?.date, date, text);
  }
  const aliased = parseFrontMatter('---\nd: &d 2022-04-01\nparts:\n  - date: *d\n---\nx');
  assert.equal(aliased.parts[0]?.date?.date, '2022-04-01');
});

test('`parts:` dates come from the front matter only: a date inside a title is text', () => {
  const text = '---\ntitle: "Overleg, date: 2021-02-30, uitgesteld"\nparts:\n  - date: 2021-04-13\n---\nTekst.';
  const fm = parseFrontMatter(text);
  assert.deepEqual(errors(text), []);
  assert.equal(fm.fields.title, 'Overleg, date: 2021-02-30, uitgesteld');
  assert.deepEqual(
    fm.parts.map((p) => p.date?.date),
    ['2021-04-13'],
  );
});

test('YAML mistakes become plain hints on the right line, every one of them', () => {
  const colon = errors('---\ntitle: Biden: geen gesprek met Poetin\ndate: 2022-01-05\n---\nTekst.');
  assert.deepEqual(
    colon.map((i) => [i.rule, i.line]),
    [['frontmatter/yaml', 2]],
  );
  assert.match(colon[0]?.message ?? '', /quote the value: it contains ": "/);
  const quote = errors('---\ntitle: "Biden zegt nee\ndate: 2022-01-05\n---\nTekst.');
  assert.equal(quote[0]?.line, 2);
  assert.match(quote[0]?.message ?? '', /double quote \("\) is opened but never closed/);
  const colonless = errors('---\ntitle: x\ndate 2022-01-05\nagency: ANP\n---\nTekst.');
  assert.equal(colonless[0]?.line, 3);
  assert.match(colonless[0]?.message ?? '', /`name: value`/);
  assert.match(errors('---\ntitle: a\ntitle: b\n---\nx')[0]?.message ?? '', /`title` appears twice/);
  assert.match(errors('---\ndate: !!foo 2022\n---\nx')[0]?.message ?? '', /unknown YAML tag !!foo/);
  // Two broken fields and an impossible date elsewhere: all three are reported.
  const all = errors('---\ntitle: Biden: geen gesprek\ndate: 2022-02-30\nagency: "ANP\nsource: https://example.org\n---\nTekst.');
  assert.deepEqual(
    all.map((i) => [i.rule, i.line]),
    [
      ['frontmatter/yaml', 2],
      ['frontmatter/yaml', 4],
      ['frontmatter/date', 3],
    ],
  );
  for (const e of all) assert.ok(!/\bat \w+ \(|YAMLException|\n/.test(e.message), e.message);
});

test('very deep nesting is a clear error on its line, not a crash', () => {
  const deep = `---\ntitle: x\ntags: ${'['.repeat(5000)}${']'.repeat(5000)}\n---\nTekst.`;
  const issues = errors(deep);
  assert.deepEqual(
    issues.map((i) => [i.rule, i.line]),
    [['frontmatter/yaml', 3]],
  );
  assert.match(issues[0]?.message ?? '', /nested more than \d+ levels/);
  const block = `---\n${Array.from({ length: 200 }, (_, i) => `${' '.repeat(i)}k${i}:`).join('\n')} x\n---\nTekst.`;
  const blockIssues = errors(block);
  assert.equal(blockIssues[0]?.rule, 'frontmatter/yaml');
  assert.ok((blockIssues[0]?.line ?? 0) > 2, `line ${blockIssues[0]?.line}`);
});
