/**
 * The coverage chart: on-topic articles per month, quarter or year as plain HTML made at build
 * time. It reads without hovering (a count axis, the count above each bar, a total per year) and
 * has a table as its text equivalent, for screen readers and without CSS. Which of the three
 * views shows is decided by the width of its box (container queries in site.css), so that every
 * bar stays a target of at least 24 px and the chart never scrolls inside its box.
 */
import { formatDutchMonth } from '../record/dates.ts';
import { html, type SafeHtml } from './html.ts';
import type { Milestone } from './inputs.ts';
import { monthAnchor, yearUrl } from './urls.ts';
import type { ChartMonth } from './view/types.ts';

export type ChartUnit = 'month' | 'quarter' | 'year';

export interface ChartBin {
  year: number;
  label: string;
  count: number;
  url: string | null;
  milestones: Milestone[];
  people: Record<string, number>;
}

/** Pixel sizes the build reasons with; site.css draws the chart with the same ones. */
export const CHART_LAYOUT = {
  /** The smallest bar target (WCAG 2.2 target size, and a finger). */
  minSlot: 24,
  /** The count axis on the left. */
  axis: 40,
  /** Width of one digit of a value label. */
  digit: 7,
  /** Container widths at which site.css can switch views: `from-<n>` / `until-<n>` classes. */
  breakpoints: [280, 320, 400, 480, 560, 640, 720, 800, 880, 960, 1040],
  /** The chart's box on a 320 px phone: a view that fits it needs no coarser one. */
  narrowest: 248,
} as const;

const QUARTER_NAMES = ['eerste', 'tweede', 'derde', 'vierde'] as const;

function countLabel(n: number): string {
  return n === 1 ? '1 artikel' : `${n.toLocaleString('nl-NL')} artikelen`;
}

function addPeople(into: Record<string, number>, from: Record<string, number>): void {
  for (const [slug, n] of Object.entries(from)) into[slug] = (into[slug] ?? 0) + n;
}

/** The months grouped into bins of a unit; quarters and years link to their year page. */
export function chartBins(months: readonly ChartMonth[], unit: ChartUnit): ChartBin[] {
  if (unit === 'month') return months.map((m) => ({ ...m, people: { ...m.people } }));
  const bins = new Map<string, ChartBin>();
  for (const m of months) {
    const quarter = Math.ceil(m.month / 3);
    const key = unit === 'year' ? `${m.year}` : `${m.year}-${quarter}`;
    let bin = bins.get(key);
    if (!bin) {
      const label = unit === 'year' ? String(m.year) : `${QUARTER_NAMES[quarter - 1]} kwartaal ${m.year}`;
      bins.set(key, (bin = { year: m.year, label, count: 0, url: null, milestones: [], people: {} }));
    }
    bin.count += m.count;
    bin.milestones.push(...m.milestones);
    addPeople(bin.people, m.people);
    // A quarter opens its year page at its first month with articles.
    if (bin.url === null && m.url !== null)
      bin.url = unit === 'year' ? yearUrl(m.year) : `${yearUrl(m.year)}#${monthAnchor(m.year, m.month)}`;
  }
  return [...bins.values()];
}

/** A round top for the count axis, at least 4: one article in a month should not look like a peak. */
export function scaleMax(max: number): number {
  if (max <= 4) return 4;
  if (max <= 10) return max + (max % 2);
  const magnitude = 10 ** Math.floor(Math.log10(max));
  for (const step of [1, 1.5, 2, 3, 4, 5, 6, 8, 10]) if (step * magnitude >= max) return step * magnitude;
  return 10 * magnitude;
}

/** The width a view needs so that every bar and its value label fit. */
export function neededWidth(bins: readonly ChartBin[]): number {
  const digits = String(Math.max(0, ...bins.map((b) => b.count))).length;
  const slot = Math.max(CHART_LAYOUT.minSlot, digits * CHART_LAYOUT.digit + 8);
  return CHART_LAYOUT.axis + bins.length * slot;
}

export interface ChartView {
  unit: ChartUnit;
  bins: ChartBin[];
  /** Shown from this container width (a breakpoint, or 0) … */
  from: number;
  /** … until this one (exclusive); null: no upper bound. */
  until: number | null;
}

/**
 * Finest view first: months where they fit, else quarters, else years (always shown when
 * nothing finer fits). A view that never fits before a finer one does is left out, and so are
 * the views coarser than one that fits even a narrow phone.
 */
export function chartViews(months: readonly ChartMonth[]): ChartView[] {
  const views: ChartView[] = [];
  const units: ChartUnit[] = ['month', 'quarter', 'year'];
  let until: number | null = null;
  for (const [i, unit] of units.entries()) {
    const bins = chartBins(months, unit);
    const need = neededWidth(bins);
    const coarsest = i === units.length - 1 || need <= CHART_LAYOUT.narrowest;
    const from = coarsest ? 0 : (CHART_LAYOUT.breakpoints.find((bp) => bp >= need) ?? Number.POSITIVE_INFINITY);
    if (from === Number.POSITIVE_INFINITY || (until !== null && from >= until)) continue;
    views.push({ unit, bins, from, until });
    until = from;
    if (coarsest) break;
  }
  return views;
}

const UNIT_TEXT: Record<ChartUnit, string> = { month: 'per maand', quarter: 'per kwartaal', year: 'per jaar' };

const fraction = (n: number, max: number): string => String(Math.round((n / max) * 1000) / 1000);

function milestoneNote(bin: ChartBin): string {
  return bin.milestones.length ? ` · mijlpaal: ${bin.milestones.map((m) => m.title).join('; ')}` : '';
}

function peopleData(bin: ChartBin, slugs: ReadonlySet<string>): string {
  return Object.entries(bin.people)
    .filter(([slug]) => slugs.has(slug))
    .map(([slug, n]) => `${slug}:${n}`)
    .join(' ');
}

function renderBin(bin: ChartBin, max: number, slugs: ReadonlySet<string>): SafeHtml {
  const marker = bin.milestones.length ? html`<span class="chart__milestone" aria-hidden="true">◆</span>` : '';
  // A period without articles is empty space (for assistive technology too: the table lists it).
  if (!bin.url) return html`<li class="chart__bin" aria-hidden="true">${marker}</li>`;
  const note = milestoneNote(bin);
  // The person's share (the filter's) is drawn by the link's ::after, from --p set by filter.js.
  return html`<li class="chart__bin" data-people="${peopleData(bin, slugs)}"><a class="chart__target" href="${bin.url}" aria-label="${bin.label}: ${countLabel(bin.count)}${note}" data-label="${bin.label}" data-count="${bin.count}" data-note="${note}">${marker}<span class="chart__value" aria-hidden="true">${bin.count.toLocaleString('nl-NL')}</span><span class="chart__bar" style="--h: ${fraction(bin.count, max)}"></span></a></li>`;
}

/** Year labels under the bars, each with the year's total; shortened where the year is narrow. */
function renderYears(bins: readonly ChartBin[], slot: number): SafeHtml {
  const years: Array<{ year: number; span: number; total: number }> = [];
  for (const bin of bins) {
    const last = years[years.length - 1];
    if (last?.year === bin.year) {
      last.span++;
      last.total += bin.count;
    } else years.push({ year: bin.year, span: 1, total: bin.count });
  }
  // One format for all years of a view, by its narrowest year: "2 artikelen" where it fits, else "2".
  const narrowest = Math.min(...years.map((y) => y.span)) * slot;
  return html`<ol class="chart__years" aria-hidden="true">${years.map(({ year, span, total }) => {
    // "2021" takes ~30 px in the year labels' font; a narrower year gets "’21".
    const name = span * slot < 34 ? `’${String(year).slice(2)}` : String(year);
    const sum = narrowest < 88 ? total.toLocaleString('nl-NL') : countLabel(total);
    return html`<li style="--span: ${span}"><span class="chart__year">${name}</span> <span class="chart__year-total">${sum}</span></li>`;
  })}</ol>`;
}

function renderView(view: ChartView, slugs: ReadonlySet<string>): SafeHtml {
  const max = scaleMax(Math.max(0, ...view.bins.map((b) => b.count)));
  const ticks = [max, max / 2, 0];
  const slot = (neededWidth(view.bins) - CHART_LAYOUT.axis) / Math.max(1, view.bins.length);
  const classes = `chart__view chart__view--${view.unit} from-${view.from}${view.until === null ? '' : ` until-${view.until}`}`;
  return html`<div class="${classes}" data-max="${max}" style="--bins: ${view.bins.length}">
<p class="chart__unit" aria-hidden="true">artikelen ${UNIT_TEXT[view.unit]}</p>
<div class="chart__plot">
<div class="chart__grid" aria-hidden="true">${ticks.map((t) => html`<span class="chart__tick" style="--at: ${fraction(t, max)}"><span class="chart__tick-label">${t.toLocaleString('nl-NL')}</span></span>`)}</div>
<ol class="chart__bins" aria-label="Artikelen ${UNIT_TEXT[view.unit]}; elke periode met artikelen linkt naar het archief">${view.bins.map((b) => renderBin(b, max, slugs))}</ol>
</div>
${renderYears(view.bins, slot)}
</div>`;
}

/** The text equivalent: every month in the chart's range with its count and milestones, by year. */
function renderTable(months: readonly ChartMonth[]): SafeHtml {
  const years = new Map<number, ChartMonth[]>();
  for (const m of months) years.set(m.year, [...(years.get(m.year) ?? []), m]);
  return html`<details class="coverage__table">
<summary>Aantallen per maand als tabel</summary>
<table>
<caption class="visually-hidden">Artikelen op de tijdlijn per maand, met mijlpalen</caption>
<thead><tr><th scope="col">Maand</th><th scope="col">Artikelen</th><th scope="col">Mijlpalen</th></tr></thead>
${[...years].map(
  ([year, list]) => html`<tbody>
<tr class="coverage__year"><th scope="rowgroup">${year}</th><td>${list.reduce((n, m) => n + m.count, 0).toLocaleString('nl-NL')}</td><td></td></tr>
${list.map(
  (m) =>
    html`<tr><th scope="row">${m.url ? html`<a href="${m.url}">${formatDutchMonth(m.year, m.month)}</a>` : formatDutchMonth(m.year, m.month)}</th><td>${m.count.toLocaleString('nl-NL')}</td><td>${m.milestones.map((s) => s.title).join('; ')}</td></tr>`,
)}
</tbody>`,
)}
</table>
</details>`;
}

/**
 * The chart with its table. `people` are the slugs the page's person filter offers: their counts
 * per bar are built in, so /assets/js/filter.js can show one person's share without data of its own.
 */
export function renderChart(months: readonly ChartMonth[], people: readonly string[] = []): SafeHtml {
  if (months.length === 0) return html``;
  const slugs = new Set(people);
  return html`<div class="coverage__chart" data-chart="">
${chartViews(months).map((v) => renderView(v, slugs))}
<p class="coverage__status" role="status" aria-live="polite"></p>
</div>
${renderTable(months)}`;
}
