import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { chartViews, neededWidth, renderChart, scaleMax } from '../../src/site/chart.ts';
import { articleEntry } from '../../src/site/components.ts';
import { renderArticle } from '../../src/site/pages/article.ts';
import { buildSiteData, type SiteArticle } from '../../src/site/data.ts';
import { dateSortKey, formatDutchDate } from '../../src/record/dates.ts';
import type { Milestone } from '../../src/site/inputs.ts';
import { buildRoutes, chunk } from '../../src/site/routes.ts';
import { LIST_PAGE_SIZE } from '../../src/site/urls.ts';
import type { ArticleRecord, IngestResult } from '../../src/record/types.ts';

const fixture = JSON.parse(readFileSync(new URL('../fixtures/site/records.json', import.meta.url), 'utf8')) as IngestResult;

const milestones: Milestone[] = [
  {
    date: '2021-06-16',
    title: 'Top in Genève',
    description: 'Eerste ontmoeting.',
    people: ['Joe Biden', 'Vladimir Poetin'],
    place: 'Genève',
    source: { outlet: 'Witte Huis', date: '2021-06-16' },
  },
  {
    date: '2022-02-24',
    title: 'Russische invasie',
    description: 'Rusland valt Oekraïne binnen.',
    people: ['Vladimir Poetin'],
    place: 'Oekraïne',
    source: { outlet: 'Kremlin', date: '2022-02-24' },
  },
  {
    date: '2021-12-07',
    title: 'Videogesprek',
    description: 'Twee uur.',
    people: ['Joe Biden', 'Vladimir Poetin'],
    place: 'per video',
    source: { outlet: 'Witte Huis', date: '2021-12-07' },
  },
];

const site = buildSiteData(fixture, milestones, [{ name: 'Joe Biden', role: 'president van de Verenigde Staten' }]);
const byId = (id: string): SiteArticle => {
  const a = site.articles.find((x) => x.id === id);
  assert.ok(a, `article ${id} exists`);
  return a;
};

describe('formatDutchDate', () => {
  it('writes a day-precision date with the Dutch weekday and month', () => {
    assert.equal(formatDutchDate('2021-12-03', 'day'), 'vrijdag 3 december 2021');
    assert.equal(formatDutchDate('2022-02-24', 'day'), 'donderdag 24 februari 2022');
  });
  it('never invents a day or month beyond the precision', () => {
    assert.equal(formatDutchDate('2021-04', 'month'), 'april 2021');
    assert.equal(formatDutchDate('2021', 'year'), '2021');
    assert.equal(formatDutchDate('2021-04-13', 'month'), 'april 2021');
    assert.equal(formatDutchDate('2021-04-13', 'year'), '2021');
  });
  it('infers precision from the string when none is given, and admits an unknown date', () => {
    assert.equal(formatDutchDate('2025-08-15', null), 'vrijdag 15 augustus 2025');
    assert.equal(formatDutchDate('2025-08', null), 'augustus 2025');
    assert.equal(formatDutchDate(null, null), 'Datum onbekend');
    assert.equal(formatDutchDate('gisteren', 'day'), 'Datum onbekend');
  });
});

describe('dateSortKey', () => {
  it('puts a month-precision date before every day of that month, a year before every month', () => {
    const keys = ['2021-06-01', '2021-06', '2021', '2021-01-01', '2020-12-31'].map((d) => dateSortKey(d) ?? '');
    const sorted = [...keys].sort();
    assert.deepEqual(sorted, ['2020-12-31', '2021-00-00', '2021-01-01', '2021-06-00', '2021-06-01']);
  });
});

describe('buildSiteData', () => {
  it('drops drafts and splits main line, off-topic and undated', () => {
    const ids = site.articles.map((a) => a.id);
    assert.ok(!ids.includes('concept-top-anchorage'), 'draft is not published');
    assert.equal(site.stats.drafts, 1);
    assert.equal(site.stats.published, fixture.records.length - 1);
    assert.deepEqual(
      site.offTopic.map((a) => a.id),
      ['biden-wil-troepen-tegen-11-september-uit-afghanistan-terugtrekken'],
    );
    assert.deepEqual(
      site.undated.map((a) => a.id),
      ['kremlin-reageert-op-sancties'],
    );
    assert.equal(site.stats.onTopic + site.stats.offTopic + site.stats.undated, site.stats.published);
  });

  it('orders the main line chronologically, a month-only article at the start of its month', () => {
    const main = site.articles.filter((a) => a.sequence === 'main');
    const keys = main.map((a) => a.sortKey ?? '');
    assert.deepEqual(keys, [...keys].sort());
    const june = main.filter((a) => a.month === 6 && a.year === 2021).map((a) => a.id);
    assert.deepEqual(june, ['voorbereidingen-voor-top-in-geneve', 'biden-en-poetin-ontmoeten-elkaar-in-geneve']);
    const y2025 = main.filter((a) => a.year === 2025).map((a) => a.id);
    assert.deepEqual(y2025, ['trump-wil-snel-akkoord', 'vs-en-rusland-praten-in-riyad']);
  });

  it('links prev/next within the main line, and keeps off-topic out of it', () => {
    const main = site.articles.filter((a) => a.sequence === 'main');
    for (let i = 0; i < main.length; i++) {
      assert.equal(main[i]?.prev?.id ?? null, main[i - 1]?.id ?? null);
      assert.equal(main[i]?.next?.id ?? null, main[i + 1]?.id ?? null);
    }
    const off = byId('biden-wil-troepen-tegen-11-september-uit-afghanistan-terugtrekken');
    assert.equal(off.prev, null);
    assert.equal(off.next, null);
    assert.ok(!main.some((a) => a.next?.id === off.id || a.prev?.id === off.id));
  });

  it('labels dates with their precision', () => {
    assert.equal(byId('voorbereidingen-voor-top-in-geneve').dateLabel, 'juni 2021');
    assert.equal(byId('trump-wil-snel-akkoord').dateLabel, '2025');
    assert.equal(byId('biden-en-poetin-gaan-praten-over-spanning-rond-oekraine').dateLabel, 'vrijdag 3 december 2021');
    assert.equal(byId('kremlin-reageert-op-sancties').dateLabel, 'Datum onbekend');
  });

  it('groups by year and month and interleaves milestones before same-day articles', () => {
    assert.deepEqual(
      site.years.map((y) => y.year),
      [2021, 2022, 2025],
    );
    const june = site.years[0]?.months.find((m) => m.month === 6);
    assert.ok(june);
    assert.deepEqual(
      june.items.map((i) => (i.kind === 'article' ? i.article.id : `milestone:${i.milestone.date}`)),
      ['voorbereidingen-voor-top-in-geneve', 'milestone:2021-06-16', 'biden-en-poetin-ontmoeten-elkaar-in-geneve'],
    );
    assert.equal(june.url, '/2021/06/');
    assert.equal(june.articleCount, 2);
    // A month with only a milestone is on the timeline but has no archive page.
    const feb2022 = site.years[1]?.months.find((m) => m.month === 2);
    assert.ok(feb2022);
    assert.ok(feb2022.items.some((i) => i.kind === 'milestone' && i.milestone.title === 'Russische invasie'));
    const y2025 = site.years.find((y) => y.year === 2025);
    assert.equal(y2025?.months[0]?.month, null, 'a year-only article forms a "month unknown" group first');
    assert.ok(site.months.every((m) => m.url !== null && m.articleCount > 0));
  });

  it('lists every article of a person, chronologically, undated last, with the gazetteer role', () => {
    const poetin = site.people.find((p) => p.name === 'Vladimir Poetin');
    assert.ok(poetin);
    const expected = site.articles.filter((a) => a.record.people.includes('Vladimir Poetin'));
    assert.equal(poetin.articles.length, expected.length);
    assert.equal(poetin.url, '/personen/vladimir-poetin/');
    assert.equal(poetin.articles[poetin.articles.length - 1]?.id, 'kremlin-reageert-op-sancties');
    const dated = poetin.articles.filter((a) => a.sortKey !== null).map((a) => a.sortKey ?? '');
    assert.deepEqual(dated, [...dated].sort());
    assert.equal(site.people.find((p) => p.name === 'Joe Biden')?.role, 'president van de Verenigde Staten');
    assert.equal(site.people[0]?.name, 'Vladimir Poetin', 'most mentioned first');
  });

  it('finds related articles by shared people, most shared first, never itself', () => {
    const a = byId('biden-en-poetin-ontmoeten-elkaar-in-geneve');
    assert.ok(a.related.length > 0 && a.related.length <= 5);
    assert.ok(!a.related.some((r) => r.id === a.id));
    // Shares Biden, Poetin, Blinken with the December article: more than any two-person match.
    assert.equal(a.related[0]?.id, 'biden-en-poetin-gaan-praten-over-spanning-rond-oekraine');
    const rubio = byId('vs-en-rusland-praten-in-riyad');
    for (const r of rubio.related) {
      const other = byId(r.id);
      assert.ok(other.record.people.some((p) => rubio.record.people.includes(p)));
    }
  });

  it('points each article back to its place in a listing', () => {
    assert.equal(byId('voorbereidingen-voor-top-in-geneve').listingUrl, '/2021/06/#a-voorbereidingen-voor-top-in-geneve');
    assert.equal(byId('trump-wil-snel-akkoord').listingUrl, '/2025/#a-trump-wil-snel-akkoord', 'a year-only date goes to the year page');
    assert.equal(byId('kremlin-reageert-op-sancties').listingUrl, '/datum-onbekend/#a-kremlin-reageert-op-sancties');
    assert.match(byId('biden-wil-troepen-tegen-11-september-uit-afghanistan-terugtrekken').listingUrl, /^\/overig\/#a-/);
  });

  it('charts every month from the first to the last on-topic article, milestones not stretching it', () => {
    assert.equal(site.chart[0]?.label, 'april 2021');
    assert.equal(site.chart[site.chart.length - 1]?.label, 'februari 2025');
    assert.equal(site.chart.length, 47);
    const june = site.chart.find((m) => m.year === 2021 && m.month === 6);
    assert.equal(june?.count, 2);
    assert.equal(june?.url, '/2021/06/');
    assert.equal(june?.milestones.length, 1);
    const empty = site.chart.find((m) => m.year === 2023 && m.month === 5);
    assert.equal(empty?.count, 0);
    assert.equal(empty?.url, null);
    const total = site.chart.reduce((n, m) => n + m.count, 0);
    const monthOrDay = site.articles.filter((a) => a.sequence === 'main' && a.month !== null).length;
    assert.equal(total, monthOrDay);
  });
});

describe('milestones, years and related articles for readers', () => {
  const withLater = buildSiteData(fixture, [
    ...milestones,
    { ...milestones[0]!, date: '2023-05-10', title: 'Alleen een mijlpaal', source: { outlet: 'NOS', date: '2023-05-10' } },
    { ...milestones[0]!, date: '2021-12-09', title: 'Twee dagen na het videogesprek', source: { outlet: 'NOS', date: '2021-12-09' } },
  ]);
  const milestoneItem = (title: string) => {
    for (const y of withLater.years)
      for (const m of y.months) for (const i of m.items) if (i.kind === 'milestone' && i.milestone.title === title) return i;
    return assert.fail(`milestone ${title}`);
  };

  it('links a milestone to the archive articles of its day, else of the days around it', () => {
    assert.deepEqual(milestoneItem('Top in Genève').articles, {
      when: 'day',
      links: [withLater.articles.find((a) => a.id === 'biden-en-poetin-ontmoeten-elkaar-in-geneve')].map((a) => ({
        id: a?.id,
        title: a?.record.title,
        url: a?.url,
        dateLabel: a?.dateLabel,
      })),
    });
    // 7 December: the article of 3 December is four days away, too far for "that week".
    assert.equal(milestoneItem('Videogesprek').articles, null);
    assert.equal(milestoneItem('Twee dagen na het videogesprek').articles, null);
    assert.equal(milestoneItem('Russische invasie').articles, null);
    const nearby = buildSiteData(fixture, [
      { ...milestones[0]!, date: '2022-01-21', title: 'Blinken en Lavrov', source: { outlet: 'NOS', date: '2022-01-21' } },
    ]);
    const item = nearby.years
      .flatMap((y) => y.months)
      .flatMap((m) => m.items)
      .find((i) => i.kind === 'milestone');
    assert.equal(item?.kind === 'milestone' && item.articles?.when, 'week');
    assert.equal(
      item?.kind === 'milestone' && item.articles?.links[0]?.id,
      'ministers-vs-en-rusland-praten-vrijdag-in-geneve-over-oekraine',
    );
  });

  it('gives a year of milestones alone no page: no chip, no route, still on the timeline', () => {
    const y2023 = withLater.years.find((y) => y.year === 2023);
    assert.ok(y2023, 'the year is on the timeline');
    assert.equal(y2023.url, null);
    assert.equal(y2023.articleCount, 0);
    const routes = buildRoutes(withLater);
    assert.ok(!routes.years.some((y) => y.year.year === 2023));
    assert.deepEqual(
      routes.years.map((y) => y.year.year),
      [2021, 2022, 2025],
    );
    for (const page of routes.years) {
      assert.ok(page.prev === null || page.prev.url !== null);
      assert.ok(page.next === null || page.next.url !== null);
    }
  });

  it('prefers on-topic related articles; one shared person does not relate other news', () => {
    for (const a of site.articles.filter((x) => x.record.onTopic)) {
      assert.ok(
        !a.related.some((r) => r.id === 'biden-wil-troepen-tegen-11-september-uit-afghanistan-terugtrekken'),
        `${a.id} does not list the off-topic Afghanistan article`,
      );
    }
    const off = byId('biden-wil-troepen-tegen-11-september-uit-afghanistan-terugtrekken');
    assert.ok(off.related.length > 0, 'off-topic news still points to the story');
    assert.ok(off.related.every((r) => byId(r.id).record.onTopic));
  });

  it('counts a person the way every list does: on-topic articles, the rest apart', () => {
    const biden = site.people.find((p) => p.name === 'Joe Biden');
    assert.ok(biden);
    assert.equal(biden.onTopic, biden.articles.filter((a) => a.record.onTopic).length);
    assert.ok(biden.articles.length > biden.onTopic, 'Biden is also in off-topic news');
    const counts = site.people.map((p) => p.onTopic);
    assert.deepEqual(
      counts,
      [...counts].sort((x, y) => y - x),
      'most on-topic first',
    );
  });
});

describe('renderChart', () => {
  it('has a count axis, the count on every bar, a total per year and a table of every month', () => {
    const months = site.chart.slice(0, 12);
    const out = renderChart(months).value;
    // Axis ticks 0, 2 and 4: one or two articles a month do not look like a peak.
    assert.match(out, /chart__tick-label">4</);
    assert.match(out, /chart__tick-label">0</);
    const monthView = /<div class="chart__view chart__view--month[\s\S]*?<ol class="chart__years"[\s\S]*?<\/ol>/.exec(out)?.[0] ?? '';
    assert.ok(monthView, 'a month view');
    assert.equal((monthView.match(/<li class="chart__bin"/g) ?? []).length, months.length, 'a place for every month');
    const linked = months.filter((m) => m.url).length;
    assert.equal((monthView.match(/class="chart__bar" style/g) ?? []).length, linked, 'a bar for every month with articles');
    assert.equal((monthView.match(/<a class="chart__target" href="/g) ?? []).length, linked);
    assert.match(monthView, /<a class="chart__target" href="\/2021\/06\/" aria-label="juni 2021: 2 artikelen · mijlpaal: Top in Genève"/);
    for (const m of months.filter((x) => x.count > 0)) {
      assert.match(monthView, new RegExp(`aria-label="${m.label}: ${m.count} artikel`));
    }
    assert.match(monthView, /<span class="chart__year">2021<\/span> <span class="chart__year-total">\d+/);
    // The table: a row per month of the range, a total row per year.
    const table = out.slice(out.indexOf('<table>'));
    assert.equal((table.match(/<th scope="row">/g) ?? []).length, months.length);
    assert.equal((table.match(/<th scope="rowgroup">/g) ?? []).length, new Set(months.map((m) => m.year)).size);
  });

  it('picks months, quarters or years by the width they need, finest first', () => {
    const views = chartViews(site.chart);
    assert.deepEqual(
      views.map((v) => v.unit),
      ['quarter', 'year'],
      '47 months do not fit 1040px at 24px a bar; 16 quarters do',
    );
    assert.equal(views[0]?.until, null);
    assert.equal(views[views.length - 1]?.from, 0, 'the coarsest view is always there');
    assert.equal(views[1]?.until, views[0]?.from);
    for (const v of views) {
      assert.equal(
        v.bins.reduce((n, b) => n + b.count, 0),
        site.chart.reduce((n, m) => n + m.count, 0),
        `${v.unit}: no article lost`,
      );
      if (v.from > 0) assert.ok(v.from >= neededWidth(v.bins), `${v.unit} shows only where its bars fit`);
    }
    const short = chartViews(site.chart.slice(0, 12));
    assert.equal(short[0]?.unit, 'month', 'a year of months fits');
    assert.deepEqual(
      short.map((v) => [v.unit, v.from]),
      [
        ['month', 400],
        ['quarter', 0],
      ],
      'four quarters fit even a narrow phone: no year view',
    );
    assert.ok((short[0]?.from ?? 0) >= 40 + 12 * 24);
  });

  it('scales to a round maximum of at least 4', () => {
    assert.deepEqual([1, 4, 5, 9, 11, 37, 150, 151].map(scaleMax), [4, 4, 6, 10, 15, 40, 150, 200]);
  });

  it('carries per-person counts for the filter people, and escapes titles', () => {
    for (const m of site.chart) {
      const expected: Record<string, number> = {};
      for (const a of site.articles.filter((x) => x.sequence === 'main' && x.year === m.year && x.month === m.month)) {
        for (const p of a.people) expected[p.slug] = (expected[p.slug] ?? 0) + 1;
      }
      assert.deepEqual(m.people, expected, m.label);
    }
    assert.equal(site.chart.find((m) => m.year === 2021 && m.month === 6)?.people['joe-biden'], 2);
    const out = renderChart(site.chart, ['joe-biden']).value;
    assert.match(out, /data-people="joe-biden:2"/);
    assert.doesNotMatch(out, /data-people="[^"]*vladimir-poetin/);
    const hostile = renderChart([
      {
        year: 2021,
        month: 1,
        label: 'x',
        count: 1,
        url: '/2021/01/',
        milestones: [{ ...milestones[0]!, title: '<script>alert(1)</script>' }],
        people: {},
      },
    ]).value;
    assert.ok(!hostile.includes('<script>'));
    assert.ok(hostile.includes('&lt;script&gt;'));
  });

  it('renders nothing without dated articles', () => {
    assert.equal(renderChart([]).value, '');
  });
});

describe('routes', () => {
  it('chunks long listings so that no page holds more than LIST_PAGE_SIZE entries', () => {
    const items = Array.from({ length: LIST_PAGE_SIZE * 2 + 1 }, (_, i) => i);
    const pages = chunk(items, LIST_PAGE_SIZE, '/overig/');
    assert.deepEqual(
      pages.map((p) => p.url),
      ['/overig/', '/overig/2/', '/overig/3/'],
    );
    assert.deepEqual(
      pages.map((p) => p.items.length),
      [LIST_PAGE_SIZE, LIST_PAGE_SIZE, 1],
    );
    assert.equal(chunk([], LIST_PAGE_SIZE, '/x/').length, 1, 'an empty listing still has its page');
  });

  it('paginates a person with many articles and points far articles to the right page', () => {
    const many: ArticleRecord[] = Array.from({ length: LIST_PAGE_SIZE + 5 }, (_, i) => {
      const base = fixture.records[0]!;
      const day = String((i % 28) + 1).padStart(2, '0');
      const month = String((Math.floor(i / 28) % 12) + 1).padStart(2, '0');
      return { ...base, id: `a${i}`, date: `2022-${month}-${day}`, onTopic: i % 2 === 0, part: i + 1 };
    });
    const big = buildSiteData({ records: many, files: [] });
    const routes = buildRoutes(big);
    const person = routes.people.filter((p) => p.person.name === 'Joe Biden');
    assert.equal(person.length, 2);
    assert.equal(person[1]?.url, '/personen/joe-biden/2/');
    assert.equal(routes.offTopic.length, 1);
    assert.ok(big.offTopic.every((a) => a.listingUrl.startsWith('/overig/#')));
    assert.equal(routes.years.length, 1);
  });

  it('splits a crowded month archive and sends each article back to the page that lists it', () => {
    const base = fixture.records[0]!;
    const many: ArticleRecord[] = Array.from({ length: LIST_PAGE_SIZE + 3 }, (_, i) => ({
      ...base,
      id: `m${String(i).padStart(4, '0')}`,
      date: '2022-03-15',
      part: i + 1,
      onTopic: true,
    }));
    const big = buildSiteData({ records: many, files: [] });
    const routes = buildRoutes(big);
    assert.deepEqual(
      routes.months.map((m) => m.url),
      ['/2022/03/', '/2022/03/2/'],
    );
    assert.equal(routes.years[0]?.mode, 'preview');
    assert.equal(big.articles[0]?.listingUrl, '/2022/03/#a-m0000');
    assert.equal(big.articles[LIST_PAGE_SIZE + 1]?.listingUrl, `/2022/03/2/#a-m${String(LIST_PAGE_SIZE + 1).padStart(4, '0')}`);
  });
});

describe('derived titles on the site', () => {
  const derived = byId('trump-wil-snel-akkoord');
  const headline = byId('biden-en-poetin-ontmoeten-elkaar-in-geneve');
  it('look on a listing exactly like real headlines: the same markup, no marker', () => {
    assert.equal(derived.record.titleSource, 'derived');
    const asHeadline: SiteArticle = { ...derived, record: { ...derived.record, titleSource: 'headline' } };
    assert.equal(articleEntry(derived).value, articleEntry(asHeadline).value);
    assert.doesNotMatch(articleEntry(derived).value, /afgeleid/i);
  });
  it('are named as such in the provenance box of the article page', () => {
    assert.match(renderArticle(derived), /<dt>Kop<\/dt><dd>Kop afgeleid uit de eerste alinea: het bericht had geen kop\.<\/dd>/);
    assert.match(renderArticle(headline), /<dt>Kop<\/dt><dd>De kop van het bericht zelf\.<\/dd>/);
  });
});
