/**
 * Curated milestones (src/data/milestones.json), validated on load so a typo in a date or a
 * person's name fails the build instead of silently misplacing an entry on the timeline.
 */
import { readFileSync } from 'node:fs';
import { findPerson } from '../ingest/tag.ts';

export interface Milestone {
  /** YYYY-MM-DD, a real calendar day. */
  date: string;
  /** Dutch. */
  title: string;
  /** Dutch, one or two sentences. */
  description: string;
  /** Canonical names from the gazetteer (linkable person pages). */
  people: string[];
  /** Dutch; a place name, or `telefonisch` / `per video` for calls. */
  place: string;
  source: MilestoneSource;
}

/** Where a milestone is documented: who published it and when, and the page only when it is known. */
export interface MilestoneSource {
  outlet: string;
  /** YYYY-MM-DD, a real day. */
  date: string;
  /** https only. */
  url?: string;
}

const MILESTONES_URL = new URL('../data/milestones.json', import.meta.url);

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** True for `YYYY-MM-DD` strings naming a day that exists (no 2022-02-30). */
export function isRealDay(date: string): boolean {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  if (!match) return false;
  const [y, m, d] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const parsed = new Date(Date.UTC(y, m - 1, d));
  return parsed.getUTCFullYear() === y && parsed.getUTCMonth() === m - 1 && parsed.getUTCDate() === d;
}

function text(entry: Record<string, unknown>, field: string, where: string): string {
  const value = entry[field];
  if (typeof value !== 'string' || value.trim() === '') {
    throw new Error(`milestones: ${where} needs a non-empty "${field}"`);
  }
  return value.trim();
}

function sourceOf(entry: Record<string, unknown>, where: string): MilestoneSource {
  const source = entry.source;
  if (!isRecord(source)) throw new Error(`milestones: ${where} needs a "source" { outlet, date }`);
  const outlet = text(source, 'outlet', `${where}.source`);
  const date = text(source, 'date', `${where}.source`);
  if (!isRealDay(date)) throw new Error(`milestones: ${where}.source has date "${date}", expected a real day as YYYY-MM-DD`);
  if (source.url === undefined) return { outlet, date };
  const url = text(source, 'url', `${where}.source`);
  if (!/^https:\/\/[^\s/]+\.[^\s]*$/.test(url)) throw new Error(`milestones: ${where}.source.url "${url}" is not an https URL`);
  return { outlet, date, url };
}

/** Validate parsed milestones JSON and return the entries sorted by date; throws naming the entry. */
export function parseMilestones(data: unknown): Milestone[] {
  if (!isRecord(data) || !Array.isArray(data.milestones)) {
    throw new Error('milestones: expected an object with a "milestones" list');
  }
  const seen = new Set<string>();
  const milestones = data.milestones.map((entry: unknown, i): Milestone => {
    const where = `milestones[${i}]`;
    if (!isRecord(entry)) throw new Error(`milestones: ${where} must be an object`);
    const date = text(entry, 'date', where);
    if (!isRealDay(date)) throw new Error(`milestones: ${where} has date "${date}", expected a real day as YYYY-MM-DD`);
    const title = text(entry, 'title', where);
    const key = `${date} ${title}`;
    if (seen.has(key)) throw new Error(`milestones: ${where} duplicates "${key}"`);
    seen.add(key);
    const people = entry.people ?? [];
    if (!Array.isArray(people) || !people.every((p): p is string => typeof p === 'string')) {
      throw new Error(`milestones: ${where}.people must be a list of names`);
    }
    for (const name of people) {
      if (!findPerson(name)) throw new Error(`milestones: ${where} names "${name}", who is not in gazetteer.json`);
    }
    return {
      date,
      title,
      description: text(entry, 'description', where),
      people: [...people],
      place: text(entry, 'place', where),
      source: sourceOf(entry, where),
    };
  });
  // Stable sort: same-day entries keep their file order.
  return milestones.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
}

/** The curated milestones, validated and sorted by date. */
export function loadMilestones(): Milestone[] {
  return parseMilestones(JSON.parse(readFileSync(MILESTONES_URL, 'utf8')) as unknown);
}
