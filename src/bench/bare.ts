/**
 * The yardstick: a bare Eleventy 3 project with the same number of plain Markdown pages (same
 * article text), one minimal layout and one index page listing them all — what any Eleventy site
 * of this size costs. It uses the repo's installed Eleventy, so both sides run the same version.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { iterateCorpus, type CorpusOptions } from './corpus.ts';

const CONFIG = `export default function (eleventyConfig) {
  return { dir: { input: 'src', includes: '_includes', output: '_site' }, templateFormats: ['md', 'njk'] };
}
`;

const LAYOUT = `<!doctype html>
<html lang="nl">
<head><meta charset="utf-8"><title>{{ title }}</title></head>
<body><main><h1>{{ title }}</h1>{{ content | safe }}</main></body>
</html>
`;

const INDEX = `---
layout: layout.njk
title: Archief
---
<ul>
{%- for post in collections.posts %}
<li><a href="{{ post.url }}">{{ post.data.title }}</a></li>
{%- endfor %}
</ul>
`;

/** Raw article text as Markdown: one paragraph per non-empty line. */
function asMarkdown(text: string): string {
  return text
    .replace(/^\uFEFF/, '')
    .replace(/^---\n[\s\S]*?\n---\n/, '')
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter(Boolean)
    .join('\n\n');
}

export async function writeBareProject(dir: string, options: CorpusOptions): Promise<void> {
  const posts = path.join(dir, 'src', 'posts');
  await mkdir(posts, { recursive: true });
  await mkdir(path.join(dir, 'src', '_includes'), { recursive: true });
  await writeFile(path.join(dir, 'eleventy.config.mjs'), CONFIG);
  await writeFile(path.join(dir, 'src', '_includes', 'layout.njk'), LAYOUT);
  await writeFile(path.join(dir, 'src', 'index.njk'), INDEX);
  let batch: Promise<void>[] = [];
  let index = 0;
  for (const { text, truth } of iterateCorpus(options)) {
    const date = truth.date ? (truth.date.length === 7 ? `${truth.date}-01` : truth.date) : '2021-01-01';
    const front = `---\nlayout: layout.njk\ntags: posts\ntitle: ${JSON.stringify(truth.title)}\ndate: ${date}\n---\n`;
    batch.push(writeFile(path.join(posts, `${String(index++).padStart(6, '0')}.md`), `${front + asMarkdown(text)}\n`));
    if (batch.length >= 64) {
      await Promise.all(batch);
      batch = [];
    }
  }
  await Promise.all(batch);
}
