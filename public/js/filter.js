// Person filter for timeline pages. Without JavaScript the filter is a row of links to the
// person pages; here those links become toggle buttons that hide non-matching entries in place.
// The choice lives in the URL (?persoon=slug) so it survives reloads and can be shared.
const nav = document.querySelector('[data-person-filter]');
const timeline = document.querySelector('[data-filterable]');

if (nav && timeline) {
  const status = nav.querySelector('.person-filter__status');
  const entries = Array.from(timeline.querySelectorAll('.entry'));
  const sections = Array.from(timeline.querySelectorAll('.month, .year'));
  const buttons = [];
  const names = new Map();

  const makeButton = (slug, content) => {
    const button = document.createElement('button');
    button.type = 'button';
    button.dataset.person = slug;
    button.setAttribute('aria-pressed', 'false');
    button.append(...content);
    button.addEventListener('click', () => apply(button.getAttribute('aria-pressed') === 'true' ? '' : slug, true));
    buttons.push(button);
    return button;
  };

  for (const link of nav.querySelectorAll('a[data-person]')) {
    const slug = link.dataset.person || '';
    if (slug) names.set(slug, link.firstChild ? link.firstChild.textContent.trim() : slug);
    link.replaceWith(makeButton(slug, Array.from(link.childNodes)));
  }

  // The coverage chart (on the index) follows the filter: each bar's share of the person, from the
  // counts the build wrote into data-people ("slug:count …"), on the chart's unchanged scale.
  const chart = document.querySelector('[data-chart]');
  const chartStatus = chart ? chart.querySelector('.coverage__status') : null;

  function personCount(bin, slug) {
    for (const pair of (bin.dataset.people || '').split(' ')) {
      const at = pair.lastIndexOf(':');
      if (at > 0 && pair.slice(0, at) === slug) return Number(pair.slice(at + 1)) || 0;
    }
    return 0;
  }

  // The chart as built shows everyone: touch it (and make the browser lay it out again) only on a change.
  let chartSlug = '';
  function applyChart(slug) {
    if (!chart || slug === chartSlug) return;
    chartSlug = slug;
    chart.classList.toggle('coverage__chart--person', slug !== '');
    for (const view of chart.querySelectorAll('.chart__view')) {
      const max = Number(view.dataset.max) || 1;
      for (const bin of view.querySelectorAll('.chart__bin[data-people]')) {
        const target = bin.querySelector('.chart__target');
        const value = bin.querySelector('.chart__value');
        const total = Number(target.dataset.count) || 0;
        const n = slug ? personCount(bin, slug) : total;
        target.style.setProperty('--p', String(slug ? n / max : 0));
        if (value) value.textContent = n ? String(n) : '';
        if (target.dataset.label) {
          const articles = `${total} ${total === 1 ? 'artikel' : 'artikelen'}`;
          const what = slug ? `${n} van ${articles} met ${names.get(slug) || slug}` : articles;
          target.setAttribute('aria-label', `${target.dataset.label}: ${what}${target.dataset.note || ''}`);
        }
      }
    }
    if (chartStatus)
      chartStatus.textContent = slug ? `De grafiek toont de artikelen met ${names.get(slug) || slug}, tegen het totaal.` : '';
  }

  function apply(slug, fromClick) {
    let shown = 0;
    for (const entry of entries) {
      const people = (entry.dataset.people || '').split(' ');
      const match = !slug || people.includes(slug);
      entry.hidden = !match;
      if (match && !entry.hasAttribute('data-milestone')) shown++;
    }
    for (const section of sections) {
      section.hidden = slug !== '' && !section.querySelector('.entry:not([hidden])');
    }
    for (const button of buttons) button.setAttribute('aria-pressed', String(button.dataset.person === slug));
    applyChart(slug);
    if (status) {
      status.textContent = slug ? `${shown} ${shown === 1 ? 'bericht' : 'berichten'} met ${names.get(slug) || slug} op deze pagina.` : '';
    }
    if (fromClick) {
      const url = new URL(window.location.href);
      if (slug) url.searchParams.set('persoon', slug);
      else url.searchParams.delete('persoon');
      history.replaceState(null, '', url);
    }
  }

  const initial = new URL(window.location.href).searchParams.get('persoon');
  apply(initial && names.has(initial) ? initial : '', false);
}
