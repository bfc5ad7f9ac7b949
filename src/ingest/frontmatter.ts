/**
 * YAML front matter (via gray-matter) → validated, typed fields. Curated metadata wins over
 * anything ingest infers, so a mistake here must be loud: broken YAML and impossible dates are
 * errors with the real file line.
 */
import matter from 'gray-matter';
import { parseIsoDate, type PartialDate } from './dates.ts';
import type { Issue } from './diagnostics.ts';

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
  issues: Issue[];
}

interface DateOccurrence {
  line: number;
  raw: string;
  topLevel: boolean;
}

/** Where each key and each `date:` value sits in the YAML text, for messages and raw date checks. */
function scanLines(yaml: string): { keyLines: Map<string, number>; dates: DateOccurrence[] } {
  const keyLines = new Map<string, number>();
  const dates: DateOccurrence[] = [];
  const lines = yaml.split('\n');
  lines.forEach((text, i) => {
    const line = i + 1; // line 0 of the YAML text is the rest of the opening `---` line (file line 1)
    const key = /^([A-Za-z_$][\w$-]*)\s*:/.exec(text);
    if (key?.[1] !== undefined && !keyLines.has(key[1])) keyLines.set(key[1], line);
    for (const m of text.matchAll(/(^|[\s{,-])date\s*:\s*("[^"]*"|'[^']*'|[^,}\s#][^,}#]*)?/g)) {
      const raw = (m[2] ?? '').trim().replace(/^["']|["']$/g, '');
      dates.push({ line, raw, topLevel: m.index === 0 && m[1] === '' });
    }
  });
  return { keyLines, dates };
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value) && !(value instanceof Date);
}

function scalarString(value: unknown): string | undefined {
  if (typeof value === 'string') return value.trim() || undefined;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  return undefined;
}

interface Context {
  issues: Issue[];
  keyLines: Map<string, number>;
  dates: DateOccurrence[];
  partsLine: number | null;
}

function readFields(data: Record<string, unknown>, ctx: Context, where: string, topLevel: boolean): ArticleFields {
  const fields: ArticleFields = {};
  const lineOf = (key: string): number | null => (topLevel ? (ctx.keyLines.get(key) ?? null) : ctx.partsLine);
  // A field of the wrong type is a curation mistake like a broken date: an error, not a guess.
  const wrongType = (key: string, message: string): void => {
    ctx.issues.push({ line: lineOf(key), rule: 'frontmatter/field', message: `${where}${message}`, severity: 'error' });
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
        // YAML turns an unquoted 2021-02-30 into 2 March, so judge the text as written when we can find it.
        const occurrence = topLevel ? ctx.dates.find((d) => d.topLevel) : ctx.dates.find((d) => !d.topLevel);
        if (!topLevel && occurrence) ctx.dates.splice(ctx.dates.indexOf(occurrence), 1);
        const raw =
          occurrence?.raw ||
          (value instanceof Date ? (Number.isNaN(value.getTime()) ? String(value) : value.toISOString().slice(0, 10)) : String(value));
        const parsed = parseIsoDate(raw);
        const line = occurrence?.line ?? lineOf('date');
        if (parsed) fields.date = parsed;
        else
          ctx.issues.push({
            line,
            rule: 'frontmatter/date',
            message: `${where}field \`date\`: "${raw}" is not a real date (use YYYY-MM-DD, YYYY-MM or YYYY)`,
            severity: 'error',
          });
        break;
      }
      default:
        if (!(topLevel && key === 'parts'))
          ctx.issues.push({
            line: lineOf(key),
            rule: 'frontmatter/unknown-field',
            message: `${where}unknown field \`${key}\` ignored`,
            severity: 'warning',
          });
    }
  }
  return fields;
}

export function parseFrontMatter(text: string): FrontMatter {
  const none: FrontMatter = { fields: {}, parts: [], body: text, bodyLine: 1, issues: [] };
  if (!/^---[ \t]*\n/.test(text)) return none;
  if (!/\n---[ \t]*(\n|$)/.test(text.slice(3))) {
    return {
      ...none,
      body: '',
      issues: [{ line: 1, rule: 'frontmatter/yaml', message: 'front matter opened with `---` is never closed', severity: 'error' }],
    };
  }
  let parsed: { data: unknown; content: string; matter?: string };
  try {
    // Passing options turns off gray-matter's global cache, which would otherwise keep every file alive.
    parsed = matter(text, {}) as { data: unknown; content: string; matter?: string };
  } catch (error) {
    const mark = (error as { mark?: { line?: unknown } }).mark;
    const line = typeof mark?.line === 'number' ? mark.line + 1 : 1;
    const reason = String((error as { reason?: unknown }).reason ?? (error as Error).message ?? 'invalid YAML').split('\n')[0];
    return {
      ...none,
      body: '',
      issues: [{ line, rule: 'frontmatter/yaml', message: `front matter is not valid YAML: ${reason}`, severity: 'error' }],
    };
  }
  const body = text.endsWith(parsed.content) ? parsed.content : '';
  const head = text.slice(0, text.length - body.length);
  const bodyLine = head.split('\n').length;
  const data = parsed.data;
  if (!isRecord(data)) {
    return {
      ...none,
      body,
      bodyLine,
      issues: [{ line: 2, rule: 'frontmatter/yaml', message: 'front matter must be a set of `key: value` fields', severity: 'error' }],
    };
  }
  const { keyLines, dates } = scanLines(parsed.matter ?? '');
  const ctx: Context = { issues: [], keyLines, dates, partsLine: keyLines.get('parts') ?? null };
  const fields = readFields(data, ctx, '', true);
  const parts: ArticleFields[] = [];
  if (data.parts !== undefined && data.parts !== null) {
    if (!Array.isArray(data.parts)) {
      ctx.issues.push({
        line: ctx.partsLine,
        rule: 'frontmatter/field',
        message: 'field `parts` should be a list of field sets',
        severity: 'error',
      });
    } else {
      data.parts.forEach((part: unknown, i: number) => {
        if (isRecord(part)) parts.push(readFields(part, ctx, `parts[${i + 1}]: `, false));
        else {
          ctx.issues.push({
            line: ctx.partsLine,
            rule: 'frontmatter/field',
            message: `parts[${i + 1}] should be a set of fields`,
            severity: 'error',
          });
          parts.push({});
        }
      });
    }
  }
  return { fields, parts, body, bodyLine, issues: ctx.issues };
}
