import assert from 'node:assert/strict';
import { test } from 'node:test';
import { isSafeImageUrl, isSafeLinkUrl, renderBlocks, renderMarkdown } from '../../src/ingest/render.ts';

test('text blocks are escaped', () => {
  const html = renderBlocks([
    { type: 'paragraph', text: 'Biden <script>alert(1)</script> & "Poetin"' },
    { type: 'heading', text: 'Kop <b>' },
    { type: 'quote', text: "'Citaat'" },
  ]);
  assert.equal(
    html,
    '<p>Biden &lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;Poetin&quot;</p>\n<h2>Kop &lt;b&gt;</h2>\n<blockquote><p>&#39;Citaat&#39;</p></blockquote>',
  );
});

test('URL policy: http(s), mailto and relative links; only relative images', () => {
  for (const ok of ['https://nos.nl/a', 'http://x.nl', 'mailto:redactie@x.nl', '/personen/poetin', 'artikel.html', '#kop'])
    assert.ok(isSafeLinkUrl(ok), ok);
  for (const bad of [
    'javascript:alert(1)',
    'JavaScript:alert(1)',
    'java\nscript:alert(1)',
    ' javascript:x',
    'data:text/html,<b>',
    'vbscript:x',
  ])
    assert.ok(!isSafeLinkUrl(bad), bad);
  assert.ok(isSafeImageUrl('/img/kaart.png'));
  for (const bad of ['https://evil.example/p.png', '//evil.example/p.png', 'data:image/png;base64,xx'])
    assert.ok(!isSafeImageUrl(bad), bad);
});

test('markdown: no raw HTML, no script URLs, no external images', () => {
  const md = renderMarkdown(
    [
      '# Titel',
      '',
      'Tekst met **nadruk** en <b onclick="x()">html</b>.',
      '',
      '<script>alert("xss")</script>',
      '',
      '<img src=x onerror="alert(1)">',
      '',
      '[x](javascript:alert(1)) [veilig](https://example.org) <javascript:alert(2)>',
      '',
      '![extern](https://evil.example/p.png) ![lokaal](kaart.png)',
      '',
      '> Een citaat.',
    ].join('\n'),
  );
  assert.equal(md.headline?.text, 'Titel');
  assert.ok(!/<script|<img[^>]*onerror|<b |href="javascript|evil\.example/i.test(md.html), md.html);
  assert.ok(md.html.includes('&lt;script&gt;'));
  assert.ok(md.html.includes('<a href="https://example.org">veilig</a>'));
  assert.ok(md.html.includes('<img src="kaart.png" alt="lokaal"'));
  assert.ok(md.html.includes('<strong>nadruk</strong>'));
  assert.deepEqual(
    md.blocks.map((b) => b.type),
    ['paragraph', 'paragraph', 'paragraph', 'quote'],
  );
  assert.equal(md.blocks[0]?.text, 'Tekst met nadruk en html.');
  assert.equal(md.blocks[3]?.text, 'Een citaat.');
});
