/** The coverage chart: articles per month as an inline SVG made at build time (no JavaScript). */
import type { ChartMonth } from './view/types.ts';
import { html, type SafeHtml } from './html.ts';

/** A fixed coordinate system: the SVG scales to its box, whose aspect ratio is known up front. */
export const CHART_WIDTH = 720;
const HEIGHT = 110;
const TOP = 16;
const AXIS = 20;

function countLabel(n: number): string {
  return n === 1 ? '1 artikel' : `${n} artikelen`;
}

const round = (n: number): number => Math.round(n * 100) / 100;

/**
 * Width/height attributes plus a viewBox let the browser reserve the space before CSS arrives
 * (no layout shift). Each month with articles is a link to its archive; milestones get a marker.
 */
export function renderChart(months: readonly ChartMonth[]): SafeHtml {
  if (months.length === 0) return html``;
  const max = Math.max(1, ...months.map((m) => m.count));
  const slot = CHART_WIDTH / months.length;
  const bar = Math.max(1, slot * 0.72);
  const total = TOP + HEIGHT + AXIS;
  const bars = months.map((m, i) => {
    const x = round(i * slot + (slot - bar) / 2);
    const h = m.count === 0 ? 0 : Math.max(2, Math.round((m.count / max) * HEIGHT));
    const y = TOP + HEIGHT - h;
    const title = `${m.label}: ${countLabel(m.count)}${m.milestones.length ? ` · mijlpaal: ${m.milestones.map((s) => s.title).join('; ')}` : ''}`;
    const cx = round(x + bar / 2);
    const marker = m.milestones.length ? html`<path class="chart-milestone" d="M${cx} ${TOP - 3} l-4.5 -8 h9 z"/>` : html``;
    const yearLabel =
      m.month === 1 || i === 0
        ? html`<text class="chart-year" x="${round(i * slot)}" y="${TOP + HEIGHT + 15}" aria-hidden="true">${m.year}</text>`
        : html``;
    const shapes = html`${marker}<rect class="chart-bar" x="${x}" y="${y}" width="${round(bar)}" height="${h}"/><rect class="chart-hit" x="${round(i * slot)}" y="0" width="${round(slot)}" height="${TOP + HEIGHT}"/>`;
    const body = m.url
      ? html`<a href="${m.url}" aria-label="${title}"><title>${title}</title>${shapes}</a>`
      : html`<g><title>${title}</title>${shapes}</g>`;
    return html`${body}${yearLabel}`;
  });
  return html`<svg class="coverage-chart" viewBox="0 0 ${CHART_WIDTH} ${total}" width="${CHART_WIDTH}" height="${total}" role="group" aria-label="Aantal artikelen per maand; elke maand linkt naar het maandarchief"><line class="chart-axis" x1="0" y1="${TOP + HEIGHT + 0.5}" x2="${CHART_WIDTH}" y2="${TOP + HEIGHT + 0.5}" aria-hidden="true"/>${bars}</svg>`;
}
