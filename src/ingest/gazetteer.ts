/**
 * Loads and validates the curated gazetteer (src/data/gazetteer.json). The JSON import gives only
 * parsed data; parseGazetteer still checks every entry, so a maintainer's typo fails loudly with
 * the entry it concerns instead of surfacing later as a silently missed name.
 */
import gazetteerData from '../data/gazetteer.json' with { type: 'json' };
import { slugify } from '../record/text.ts';

export type EntityKind = 'people' | 'places' | 'organisations';

export interface GazetteerEntry {
  name: string;
  aliases: string[];
}

export interface PersonEntry extends GazetteerEntry {
  slug: string;
  /** Dutch, short; shown on the person page. */
  role: string;
  /** ISO 3166 code (or `EU`, `UN`); the topic rule uses it to tell the US and Russian side. */
  country: string;
}

export interface Gazetteer {
  people: PersonEntry[];
  places: GazetteerEntry[];
  organisations: GazetteerEntry[];
  /** Phrases that contain an alias but mean something else; skipped as a whole. */
  ignore: string[];
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function stringField(entry: Record<string, unknown>, field: string, where: string): string {
  const value = entry[field];
  if (typeof value !== 'string' || value.trim() === '') {
    throw new Error(`gazetteer: ${where} needs a non-empty string "${field}"`);
  }
  return value.trim();
}

function stringList(value: unknown, where: string): string[] {
  if (value === undefined) return [];
  if (!Array.isArray(value) || !value.every((v): v is string => typeof v === 'string' && v.trim() !== '')) {
    throw new Error(`gazetteer: ${where} must be a list of non-empty strings`);
  }
  return value.map((v) => v.trim());
}

function entries(data: Record<string, unknown>, kind: EntityKind): Record<string, unknown>[] {
  const list = data[kind];
  if (!Array.isArray(list)) throw new Error(`gazetteer: "${kind}" must be a list`);
  return list.map((entry, i) => {
    if (!isRecord(entry)) throw new Error(`gazetteer: ${kind}[${i}] must be an object`);
    return entry;
  });
}

/** Validate parsed gazetteer JSON; throws with the offending entry named. */
export function parseGazetteer(data: unknown): Gazetteer {
  if (!isRecord(data)) throw new Error('gazetteer: top level must be an object');
  const seen = new Set<string>();
  const unique = (name: string, where: string): void => {
    if (seen.has(name)) throw new Error(`gazetteer: duplicate name "${name}" (${where})`);
    seen.add(name);
  };
  const basic = (kind: EntityKind): GazetteerEntry[] =>
    entries(data, kind).map((entry, i) => {
      const where = `${kind}[${i}]`;
      const name = stringField(entry, 'name', where);
      unique(name, where);
      return { name, aliases: stringList(entry.aliases, `${where}.aliases`) };
    });
  const people = entries(data, 'people').map((entry, i): PersonEntry => {
    const where = `people[${i}]`;
    const name = stringField(entry, 'name', where);
    unique(name, where);
    const slug = typeof entry.slug === 'string' && entry.slug !== '' ? entry.slug : slugify(name);
    return {
      name,
      slug,
      role: stringField(entry, 'role', where),
      country: stringField(entry, 'country', where),
      aliases: stringList(entry.aliases, `${where}.aliases`),
    };
  });
  const slugs = new Set<string>();
  for (const person of people) {
    if (slugs.has(person.slug)) throw new Error(`gazetteer: duplicate person slug "${person.slug}"`);
    slugs.add(person.slug);
  }
  return {
    people,
    places: basic('places'),
    organisations: basic('organisations'),
    ignore: stringList(data.ignore, 'ignore'),
  };
}

// Typed as unknown on purpose: the data is validated, not trusted because it type-checks.
export const gazetteer: Gazetteer = parseGazetteer(gazetteerData as unknown);
