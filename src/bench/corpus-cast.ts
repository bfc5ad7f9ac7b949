/**
 * The people and places a synthetic corpus talks about: taken from the curated gazetteer
 * (src/data/gazetteer.json) when it exists, so generated articles exercise the real tagger, with the
 * built-in lists as fallback. Roles and terms of office come from the built-in list, because the
 * gazetteer knows names, not who held which office when.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { PEOPLE, PLACES, ORGANISATIONS } from './corpus-words.ts';

export interface CastPerson {
  name: string;
  surname: string;
  role: string;
  /** Biden, Trump, Poetin, Zelenski: in most on-topic articles. */
  leader: boolean;
  /** ISO days bounding the term in which the role fits. */
  from?: string;
  until?: string;
}

export interface Cast {
  people: CastPerson[];
  places: string[];
  organisations: string[];
}

const TERMS: Record<string, { from?: string; until?: string; leader?: boolean }> = {
  'Joe Biden': { until: '2025-01-19', leader: true },
  'Donald Trump': { from: '2025-01-20', leader: true },
  'Vladimir Poetin': { leader: true },
  'Volodimir Zelenski': { leader: true },
  'Antony Blinken': { until: '2025-01-19' },
  'Marco Rubio': { from: '2025-01-21' },
  'Jens Stoltenberg': { until: '2024-09-30' },
  'Mark Rutte': { from: '2024-10-01' },
  'Olaf Scholz': { until: '2025-05-05' },
  'Annalena Baerbock': { from: '2021-12-08', until: '2025-05-05' },
  'Lloyd Austin': { until: '2025-01-19' },
  'Pete Hegseth': { from: '2025-01-25' },
  'Steve Witkoff': { from: '2025-01-20' },
  'Keith Kellogg': { from: '2025-01-20' },
  'Kirill Dmitriev': { from: '2025-02-01' },
  'Dmytro Koeleba': { until: '2024-09-04' },
  'Sergej Sjojgoe': { until: '2024-05-11' },
  'Kaja Kallas': { from: '2024-12-01' },
  'Kamala Harris': { until: '2025-01-19' },
  'Keir Starmer': { from: '2024-07-05' },
  'Jake Sullivan': { until: '2025-01-19' },
  'John Kirby': { until: '2025-01-19' },
  'Aleksej Navalny': { until: '2024-02-15' },
  'Jevgeni Prigozjin': { until: '2023-08-22' },
  // Out of office before the archive starts: named in real articles, but not as actors.
  'Barack Obama': { until: '2020-12-31' },
};

const PARTICLES = new Set(['von', 'van', 'der', 'de', 'den', 'la', 'le']);

function surnameOf(name: string): string {
  const words = name.split(' ');
  let start = words.length - 1;
  while (start > 1 && PARTICLES.has(words[start - 1] ?? '')) start--;
  return words.slice(Math.max(1, start)).join(' ') || name;
}

function person(name: string, role: string): CastPerson {
  const term = TERMS[name] ?? {};
  return {
    name,
    surname: surnameOf(name),
    role,
    leader: term.leader ?? false,
    ...(term.from ? { from: term.from } : {}),
    ...(term.until ? { until: term.until } : {}),
  };
}

export function builtinCast(): Cast {
  return {
    people: PEOPLE.map((p) => person(p.name, p.role)),
    places: [...PLACES],
    organisations: [...ORGANISATIONS],
  };
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The canonical name of a gazetteer entry, whatever shape the entry has. */
function entryName(entry: unknown, key?: string): string | null {
  if (typeof entry === 'string') return entry;
  if (isRecord(entry)) {
    for (const field of ['name', 'canonical', 'label', 'id']) {
      const value = entry[field];
      if (typeof value === 'string' && /^\p{Lu}/u.test(value)) return value;
    }
  }
  return key && /^\p{Lu}/u.test(key) ? key : null;
}

function entryKind(entry: unknown): string | null {
  if (!isRecord(entry)) return null;
  for (const field of ['type', 'kind', 'category']) {
    const value = entry[field];
    if (typeof value === 'string') return value.toLowerCase();
  }
  return null;
}

function namesOf(section: unknown): string[] {
  if (Array.isArray(section)) return section.map((e) => entryName(e)).filter((n): n is string => n !== null);
  if (isRecord(section))
    return Object.entries(section)
      .map(([k, e]) => entryName(e, k))
      .filter((n): n is string => n !== null);
  return [];
}

/** Tolerant reader: `{people, places, organisations}` sections, or one list of typed entries. */
export function castFromGazetteer(json: unknown): Cast | null {
  const people: string[] = [];
  const places: string[] = [];
  const root = isRecord(json) && Array.isArray(json.entries) ? json.entries : json;
  if (isRecord(root)) {
    for (const [key, section] of Object.entries(root)) {
      const k = key.toLowerCase();
      if (k.startsWith('people') || k.startsWith('person')) people.push(...namesOf(section));
      else if (k.startsWith('place')) places.push(...namesOf(section));
    }
  } else if (Array.isArray(root)) {
    for (const entry of root) {
      const kind = entryKind(entry);
      const name = entryName(entry);
      if (!name || !kind) continue;
      if (kind.startsWith('person') || kind.startsWith('people')) people.push(name);
      else if (kind.startsWith('place')) places.push(name);
    }
  }
  // Only full names make natural prose ("de Russische president Vladimir Poetin").
  const full = people.filter((n) => n.includes(' '));
  if (full.length < 5 || places.length < 5) return null;
  const builtin = builtinCast();
  const roles = new Map(PEOPLE.map((p) => [p.name, p.role]));
  return {
    people: full.map((name) => person(name, roles.get(name) ?? '')),
    places,
    organisations: builtin.organisations,
  };
}

let cached: Cast | null = null;

export function loadCast(): Cast {
  if (cached) return cached;
  let cast: Cast | null = null;
  try {
    const file = fileURLToPath(new URL('../data/gazetteer.json', import.meta.url));
    cast = castFromGazetteer(JSON.parse(readFileSync(file, 'utf8')) as unknown);
  } catch {
    cast = null;
  }
  cached = cast ?? builtinCast();
  return cached;
}
