/**
 * The only search code every page loads (~1 KB): `/` focuses the header box, and the real UI,
 * worker and index load on first focus or input, or at once on the search page.
 * URLs resolve against this script's own URL so a PATH_PREFIX build needs nothing special.
 */
// Pages load this script as search-boot.js?v=<version of the whole client> (src/build/assets.ts):
// passed on, so that a redeploy never mixes a cached UI or worker with new code.
const version = new URL(import.meta.url).search;
const uiUrl = new URL(`./search-ui.js${version}`, import.meta.url).href;
const cssUrl = new URL(`../search.css${version}`, import.meta.url).href;

let loading: Promise<void> | null = null;

function loadUi(): Promise<void> {
  if (!loading) {
    if (!document.querySelector('link[data-search-css]')) {
      const link = document.createElement('link');
      link.rel = 'stylesheet';
      link.href = cssUrl;
      link.dataset.searchCss = '';
      document.head.append(link);
    }
    loading = (import(uiUrl) as Promise<{ init: () => void }>).then((ui) => ui.init());
    loading.catch(() => {
      // Without the UI the form still submits to /zoeken/; allow a retry on the next focus.
      loading = null;
    });
  }
  return loading;
}

function isEditable(target: EventTarget | null): boolean {
  return target instanceof HTMLElement && (target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName));
}

document.addEventListener('keydown', (event) => {
  if (event.key !== '/' || event.ctrlKey || event.metaKey || event.altKey || isEditable(event.target)) return;
  const box = document.querySelector<HTMLInputElement>('#zoeken-q') ?? document.querySelector<HTMLInputElement>('#site-search-q');
  if (!box) return;
  event.preventDefault();
  box.focus();
  box.select();
});

const headerBox = document.querySelector<HTMLInputElement>('#site-search-q');
if (headerBox) {
  // The key works only with this script, so only now is it worth mentioning.
  headerBox.placeholder = 'Zoeken… (toets /)';
  for (const type of ['focus', 'input']) {
    headerBox.addEventListener(type, () => void loadUi(), { once: true });
  }
}
if (document.getElementById('zoeken') || document.activeElement === headerBox) void loadUi();
