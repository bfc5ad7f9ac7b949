/**
 * The search page's state lives in the URL (`/zoeken/?q=genève&jaar=2022`), so results can be
 * shared and the back button restores them. Pure, so Node tests cover it.
 */
import type { SearchRequest, SortOrder } from '../search/query/types.ts';

export interface SearchState {
  q: string;
  year: number | null;
  person: string | null;
  offTopic: boolean;
  sort: SortOrder;
}

export const EMPTY_STATE: SearchState = { q: '', year: null, person: null, offTopic: false, sort: 'relevance' };

export function stateFromParams(params: URLSearchParams): SearchState {
  const year = Number(params.get('jaar'));
  return {
    q: params.get('q') ?? '',
    year: Number.isInteger(year) && year > 0 ? year : null,
    person: params.get('persoon') || null,
    offTopic: params.get('overig') === '1',
    sort: params.get('sorteer') === 'datum' ? 'date' : 'relevance',
  };
}

/** Only non-default values appear, so a plain query stays a short, readable URL. */
export function stateToParams(state: SearchState): URLSearchParams {
  const params = new URLSearchParams();
  if (state.q) params.set('q', state.q);
  if (state.year) params.set('jaar', String(state.year));
  if (state.person) params.set('persoon', state.person);
  if (state.offTopic) params.set('overig', '1');
  if (state.sort === 'date') params.set('sorteer', 'datum');
  return params;
}

export function requestFor(state: SearchState, extra: Partial<SearchRequest> = {}): SearchRequest {
  return {
    q: state.q,
    year: state.year,
    person: state.person,
    offTopic: state.offTopic,
    sort: state.sort,
    ...extra,
  };
}

export function resultCountText(total: number): string {
  return total === 1 ? '1 resultaat' : `${total} resultaten`;
}
