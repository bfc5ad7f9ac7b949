/** The view-model types every page renders from (built by src/site/data.ts). */
import type { ArticleRecord } from '../../record/types.ts';
import type { Milestone } from '../inputs.ts';

export type Sequence = 'main' | 'offTopic' | 'undated';

export interface ArticleLink {
  id: string;
  title: string;
  url: string;
  dateLabel: string;
}

export interface PersonRef {
  name: string;
  slug: string;
  url: string;
}

export interface SiteArticle {
  record: ArticleRecord;
  id: string;
  url: string;
  dateLabel: string;
  sortKey: string | null;
  year: number | null;
  month: number | null;
  sequence: Sequence;
  people: PersonRef[];
  prev: ArticleLink | null;
  next: ArticleLink | null;
  related: ArticleLink[];
  /** Where this article sits in a listing: its year page anchor, or the section it lives in. */
  listingUrl: string;
  listingLabel: string;
}

/** The archive's own articles about a milestone: of its day, or else of the days around it. */
export interface MilestoneArticles {
  when: 'day' | 'week';
  links: ArticleLink[];
}

export type TimelineItem =
  | { kind: 'article'; article: SiteArticle }
  | {
      kind: 'milestone';
      milestone: Milestone;
      dateLabel: string;
      anchor: string;
      people: PersonRef[];
      articles: MilestoneArticles | null;
    };

export interface MonthGroup {
  year: number;
  /** null: the year is known but not the month. */
  month: number | null;
  anchor: string;
  label: string;
  /** The month archive, when the month has articles. */
  url: string | null;
  items: TimelineItem[];
  articleCount: number;
}

export interface YearGroup {
  year: number;
  /** The year page; null for a year that only has milestones (nothing to list on a page of its own). */
  url: string | null;
  months: MonthGroup[];
  articleCount: number;
}

export interface Person {
  name: string;
  slug: string;
  url: string;
  role: string | null;
  /** Chronological: dated first, then undated. Includes off-topic articles. */
  articles: SiteArticle[];
  /** How many of those are on-topic: the count every person list shows first. */
  onTopic: number;
}

export interface ChartMonth {
  year: number;
  month: number;
  label: string;
  count: number;
  url: string | null;
  milestones: Milestone[];
  /** Person slug → how many of the month's articles name them, so the chart can follow the person filter. */
  people: Record<string, number>;
}

export interface SiteStats {
  published: number;
  drafts: number;
  onTopic: number;
  offTopic: number;
  undated: number;
  byPrecision: { day: number; month: number; year: number };
  files: number;
  warnings: number;
  errors: number;
  duplicatesMerged: number;
  firstDate: string | null;
  lastDate: string | null;
}
