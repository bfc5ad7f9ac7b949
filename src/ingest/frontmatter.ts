/**
 * YAML front matter → validated, typed fields. Curated metadata wins over anything ingest infers,
 * so a mistake here must be loud: broken YAML, impossible dates and fields of the wrong type are
 * errors with the real file line, every one of them, not only the first. gray-matter finds the
 * block; yaml.ts parses it with dates kept as written, so a value is judged as the maintainer
 * wrote it, in whatever YAML style.
 */
import matter from 'gray-matter';
import { parseIsoDate, type PartialDate } from './dates.ts';
import type { IngestFile } from './diagnostics.ts';
import { parseYaml, type YamlLines } from './yaml.ts';

export interface ArticleFields {
  title?: string;
  date?: PartialDate;
  agency?: string;
  dateline?: string;
  source?: string;
  outlet?: string;
  tags?: string[];
  draft?: boolean;
}

export interface FrontMatter {
  /** Fields for every article of the file. */
  fields: ArticleFields;
  /** Per-article overrides, in file order (`parts:`). */
  parts: ArticleFields[];
  body: string;
  /** 1-based file line of the body's first line. */
  bodyLine: number;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function scalarString(value: unknown): string | undefined {
  if (typeof value === 'string') return value.trim() || undefined;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  return undefined;
}

/** `2022-04-01T10:00:00+02:00`: the date as written (never shifted to another day by a time zone). */
const DATE_WITH_TIME = /^(\d{4}-\d{1,2}-\d{1,2})[Tt ]\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?\s*(?:Z|[+-]\d{2}(?::?\d{2})?)?$/;

/** A date value as the maintainer wrote it: text, or a bare year (a YAML number); null for anything else. */
function dateText(value: unknown): string | null {
  if (typeof value === 'number' && Number.isInteger(value)) return String(value);
  if (typeof value !== 'string') return null;
  const text = value.trim();
  return DATE_WITH_TIME.exec(text)?.[1] ?? text;
}

interface Context {
  file: IngestFile;
  lines: YamlLines;
}

/** 1-based file line of a 0-based YAML text line (the text starts on the opening `---` line). */
const fileLine = (yamlLine: number | undefined, fallback: number | null): number | null =>
  yamlLine === undefined ? fallback : yamlLine + 1;

function readFields(data: Record<string, unknown>, ctx: Context, where: string, fallback: number | null): ArticleFields {
  const fields: ArticleFields = {};
  const lines = ctx.lines.keys.get(data);
  const keyLine = (key: string): number | null => fileLine(lines?.get(key)?.key, fallback);
  const valueLine = (key: string): number | null => fileLine(lines?.get(key)?.value, fallback);
  // A field of the wrong type is a curation mistake like a broken date: an error, not a guess.
  const wrongType = (key: string, message: string): void => {
    ctx.file.fail(`${where}${message}`, { line: keyLine(key), rule: 'frontmatter/field' });
  };
  for (const [key, value] of Object.entries(data)) {
    if (value === null || value === undefined) continue;
    switch (key) {
      case 'title':
      case 'agency':
      case 'dateline':
      case 'outlet': {
        const text = scalarString(value);
        if (text === undefined) wrongType(key, `field \`${key}\` should be text`);
        else fields[key] = text;
        break;
      }
      case 'source':
      case 'url': {
        const text = scalarString(value);
        if (text === undefined) wrongType(key, `field \`${key}\` should be text`);
        else fields.source = text;
        break;
      }
      case 'tags': {
        const list = Array.isArray(value) ? value : [value];
        fields.tags = list.map(scalarString).filter((t): t is string => t !== undefined);
        break;
      }
      case 'draft':
        if (typeof value === 'boolean') fields.draft = value;
        else if (value === 'true' || value === 'false') fields.draft = value === 'true';
        else wrongType(key, 'field `draft` should be true or false');
        break;
      case 'date': {
        const text = dateText(value);
        const parsed = text === null ? null : parseIsoDate(text);
        if (parsed) fields.date = parsed;
        else {
          const shown = text === null ? `a ${Array.isArray(value) ? 'list' : typeof value}` : `"${text}"`;
          ctx.file.fail(`${where}field \`date\`: ${shown} is not a real date (use YYYY-MM-DD, YYYY-MM or YYYY)`, {
            line: valueLine('date'),
            rule: 'frontmatter/date',
          });
        }
        break;
      }
      default:
        if (!(where === '' && key === 'parts')) {
          ctx.file.message(`${where}unknown field \`${key}\` ignored`, { line: keyLine(key), rule: 'frontmatter/unknown-field' });
        }
    }
  }
  return fields;
}

/** The top-level fields and the `parts:` list of the block (never from anywhere else). */
function readBlock(data: Record<string, unknown>, ctx: Context): { fields: ArticleFields; parts: ArticleFields[] } {
  const fields = readFields(data, ctx, '', null);
  const parts: ArticleFields[] = [];
  const value = data.parts;
  if (value === undefined || value === null) return { fields, parts };
  const partsLine = fileLine(ctx.lines.keys.get(data)?.get('parts')?.key, null);
  if (!Array.isArray(value)) {
    ctx.file.fail('field `parts` should be a list of field sets', { line: partsLine, rule: 'frontmatter/field' });
    return { fields, parts };
  }
  const itemLines = ctx.lines.items.get(value) ?? [];
  value.forEach((part: unknown, i: number) => {
    const line = fileLine(itemLines[i], partsLine);
    if (isRecord(part)) parts.push(readFields(part, ctx, `parts[${i + 1}]: `, line));
    else {
      ctx.file.fail(`parts[${i + 1}] should be a set of fields`, { line, rule: 'frontmatter/field' });
      parts.push({});
    }
  });
  return { fields, parts };
}

/** The fields and the body of a file; problems are reported to `file` (errors when a field is wrong). */
export function parseFrontMatter(text: string, file: IngestFile): FrontMatter {
  const none: FrontMatter = { fields: {}, parts: [], body: text, bodyLine: 1 };
  if (!/^---[ \t]*\n/.test(text)) return none;
  if (!/\n---[ \t]*(\n|$)/.test(text.slice(3))) {
    file.fail('front matter opened with `---` is never closed', { line: 1, rule: 'frontmatter/yaml' });
    return { ...none, body: '' };
  }
  let source = '';
  // gray-matter finds the block; the YAML is parsed below. Passing options also turns off
  // gray-matter's global cache, which would otherwise keep every file alive.
  const parsed = matter(text, {
    engines: {
      yaml: (yaml: string) => {
        source = yaml;
        return {};
      },
    },
  }) as { content: string };
  const body = text.endsWith(parsed.content) ? parsed.content : '';
  const bodyLine = text.slice(0, text.length - body.length).split('\n').length;
  const yaml = parseYaml(source);
  if (!yaml.ok) {
    for (const p of yaml.problems) file.fail(`front matter is not valid YAML: ${p.hint}`, { line: p.line + 1, rule: 'frontmatter/yaml' });
    // The fields that did parse are checked too, so one run shows every mistake.
    readBlock(yaml.partial.data, { file, lines: yaml.partial.lines });
    return { ...none, body: '' };
  }
  const data = yaml.data ?? {};
  if (!isRecord(data)) {
    file.fail('front matter must be a set of `key: value` fields', { line: 2, rule: 'frontmatter/yaml' });
    return { ...none, body, bodyLine };
  }
  return { ...readBlock(data, { file, lines: yaml.lines }), body, bodyLine };
}
