/** "Verwante berichten": articles sharing people with this one. */
import { linkTo } from './articles.ts';
import type { Person, SiteArticle } from './types.ts';

const RELATED_LIMIT = 5;
/** Candidates for "related" come from this many neighbours in each shared person's list. */
const RELATED_WINDOW = 12;

/** An off-topic article is related to an on-topic one only when it shares this many people. */
const OFF_TOPIC_SHARED = 2;

interface Candidate {
  other: SiteArticle;
  /** 0 on-topic, 1 off-topic: articles about the story come first. */
  tier: number;
  shared: number;
  distance: number;
}

/**
 * Related = on-topic articles first, then those sharing the most people, nearest in the timeline
 * first. One shared person is no relation between an on-topic article and other news (a president
 * is in most of both). Candidates come from a window around the article in each shared person's
 * chronological list, so the cost stays linear in the archive size even when one person appears
 * in most articles.
 */
export function computeRelated(articles: SiteArticle[], people: Person[]): void {
  const index = new Map<SiteArticle, number>();
  articles.forEach((a, i) => index.set(a, i));
  const lists = new Map<string, { list: SiteArticle[]; pos: Map<SiteArticle, number> }>();
  for (const p of people) lists.set(p.slug, { list: p.articles, pos: new Map(p.articles.map((a, i) => [a, i])) });
  // seen[j] === stamp marks article j as already scored for the current article (no per-article Set).
  const seen = new Int32Array(articles.length).fill(-1);
  articles.forEach((a, here) => {
    const mine = new Set(a.people.map((p) => p.slug));
    const best: Candidate[] = [];
    seen[here] = here;
    for (const slug of mine) {
      const entry = lists.get(slug);
      const i = entry?.pos.get(a);
      if (!entry || i === undefined) continue;
      const to = Math.min(entry.list.length, i + RELATED_WINDOW + 1);
      for (let j = Math.max(0, i - RELATED_WINDOW); j < to; j++) {
        const other: SiteArticle | undefined = entry.list[j];
        const k = other ? index.get(other) : undefined;
        if (!other || k === undefined || seen[k] === here) continue;
        seen[k] = here;
        let shared = 0;
        for (const op of other.people) if (mine.has(op.slug)) shared++;
        const tier = other.record.onTopic ? 0 : 1;
        if (tier === 1 && a.record.onTopic && shared < OFF_TOPIC_SHARED) continue;
        const cand = { other, tier, shared, distance: Math.abs(k - here) };
        // Keep the best RELATED_LIMIT by insertion: cheaper than sorting every candidate.
        let at = best.length;
        while (at > 0 && better(cand, best[at - 1]!)) at--;
        if (at < RELATED_LIMIT) {
          best.splice(at, 0, cand);
          if (best.length > RELATED_LIMIT) best.pop();
        }
      }
    }
    a.related = best.map((b) => linkTo(b.other));
  });
}

function better(x: Candidate, y: Candidate): boolean {
  if (x.tier !== y.tier) return x.tier < y.tier;
  if (x.shared !== y.shared) return x.shared > y.shared;
  if (x.distance !== y.distance) return x.distance < y.distance;
  return x.other.id < y.other.id;
}
