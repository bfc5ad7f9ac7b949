/**
 * Records → everything the templates show. Pure: same input, same output, no I/O.
 * Each derived view has its own module under ./view/; this one only composes them.
 *
 * Ordering rule (also on /over/): dated records sort by their date, a month-precision date at
 * the start of its month and a year-precision date at the start of its year (see dateSortKey);
 * ties keep source order (file, then part), then id.
 */
import type { ArticleRecord, IngestResult } from '../record/types.ts';
import { chronological, isDated, isPublished } from '../record/order.ts';
import type { Milestone, PersonInfo } from './inputs.ts';
import { articleAnchor, pageOf } from './urls.ts';
import { linkNeighbours, personRefMaker, toSiteArticle } from './view/articles.ts';
import { buildChart } from './view/chart.ts';
import { buildPeople } from './view/people.ts';
import { computeRelated } from './view/related.ts';
import { computeStats } from './view/stats.ts';
import { groupTimeline, withYears } from './view/timeline.ts';
import type { ChartMonth, MonthGroup, Person, SiteArticle, SiteStats, YearGroup } from './view/types.ts';

export type * from './view/types.ts';

export interface SiteDataFields {
  /** All published articles: main line, then off-topic, then undated. */
  articles: SiteArticle[];
  years: YearGroup[];
  months: MonthGroup[];
  offTopic: SiteArticle[];
  undated: SiteArticle[];
  people: Person[];
  chart: ChartMonth[];
  milestones: Milestone[];
  stats: SiteStats;
  records: ArticleRecord[];
}

/**
 * A class, not a plain object: Eleventy deep-copies plain-object global data into every
 * template's data; a class instance is passed by reference, which keeps big archives cheap.
 */
export class SiteData implements SiteDataFields {
  readonly articles: SiteArticle[];
  readonly years: YearGroup[];
  readonly months: MonthGroup[];
  readonly offTopic: SiteArticle[];
  readonly undated: SiteArticle[];
  readonly people: Person[];
  readonly chart: ChartMonth[];
  readonly milestones: Milestone[];
  readonly stats: SiteStats;
  readonly records: ArticleRecord[];
  constructor(fields: SiteDataFields) {
    this.articles = fields.articles;
    this.years = fields.years;
    this.months = fields.months;
    this.offTopic = fields.offTopic;
    this.undated = fields.undated;
    this.people = fields.people;
    this.chart = fields.chart;
    this.milestones = fields.milestones;
    this.stats = fields.stats;
    this.records = fields.records;
  }
}

export function buildSiteData(
  result: IngestResult,
  milestones: readonly Milestone[] = [],
  knownPeople: readonly PersonInfo[] = [],
): SiteData {
  const ref = personRefMaker(knownPeople);
  const published = result.records.filter(isPublished);
  const sorted = chronological(published);
  const main: SiteArticle[] = [];
  const offTopic: SiteArticle[] = [];
  const undated: SiteArticle[] = [];
  for (const r of sorted) {
    if (!isDated(r)) undated.push(toSiteArticle(r, 'undated', ref));
    else if (!r.onTopic) offTopic.push(toSiteArticle(r, 'offTopic', ref));
    else main.push(toSiteArticle(r, 'main', ref));
  }
  undated.sort((a, b) => a.record.title.localeCompare(b.record.title, 'nl') || (a.id < b.id ? -1 : 1));
  for (const list of [main, offTopic, undated]) linkNeighbours(list);
  offTopic.forEach((a, i) => (a.listingUrl = `${pageOf('/overig/', i)}#${articleAnchor(a.id)}`));
  undated.forEach((a, i) => (a.listingUrl = `${pageOf('/datum-onbekend/', i)}#${articleAnchor(a.id)}`));
  const articles = [...main, ...offTopic, ...undated];
  const sortedMilestones = [...milestones].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
  const years = withYears(groupTimeline(main, sortedMilestones, ref), offTopic);
  const months = years.flatMap((y) => y.months).filter((m) => m.url !== null);
  const people = buildPeople(articles, knownPeople);
  computeRelated(articles, people);
  return new SiteData({
    articles,
    years,
    months,
    offTopic,
    undated,
    people,
    chart: buildChart(years, sortedMilestones),
    milestones: sortedMilestones,
    stats: computeStats(result, published, { main, offTopic, undated }),
    records: sorted,
  });
}
