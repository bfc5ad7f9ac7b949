/** Year, person and off-topic filters over candidate doc numbers. */
import { fold } from '../../record/text.ts';
import { hasBit, type Manifest } from '../format.ts';
import type { IndexFiles } from './load.ts';
import { binaryHas } from './rank.ts';
import type { SearchRequest } from './types.ts';

export interface Filtered {
  docs: number[];
  /** Docs that passed every other filter but are off-topic and hidden: the reader is told, not left guessing. */
  offTopicHidden: number;
}

export async function applyFilters(files: IndexFiles, m: Manifest, candidates: number[], request: SearchRequest): Promise<Filtered> {
  let docs = candidates;
  if (request.year) {
    const range = m.years.find((y) => y[0] === request.year);
    docs = range ? docs.filter((d) => d >= range[1] && d <= range[2]) : [];
  }
  if (request.person) {
    const list = await files.postings(`@${fold(request.person)}`);
    docs = list ? docs.filter((d) => binaryHas(list.docs, d)) : [];
  }
  if (request.offTopic) return { docs, offTopicHidden: 0 };
  const bits = await files.offTopicBits();
  const shown = docs.filter((d) => !hasBit(bits, d));
  return { docs: shown, offTopicHidden: docs.length - shown.length };
}
