/** Year, off-topic and person filters over candidate doc numbers. */
import { fold } from '../../record/text.ts';
import { hasBit, type Manifest } from '../format.ts';
import type { IndexFiles } from './load.ts';
import { binaryHas } from './rank.ts';
import type { SearchRequest } from './types.ts';

export async function applyFilters(files: IndexFiles, m: Manifest, candidates: number[], request: SearchRequest): Promise<number[]> {
  let out = candidates;
  if (request.year) {
    const range = m.years.find((y) => y[0] === request.year);
    out = range ? out.filter((d) => d >= range[1] && d <= range[2]) : [];
  }
  if (!request.offTopic) {
    const bits = await files.offTopicBits();
    out = out.filter((d) => !hasBit(bits, d));
  }
  if (request.person) {
    const list = await files.postings(`@${fold(request.person)}`);
    out = list ? out.filter((d) => binaryHas(list.docs, d)) : [];
  }
  return out;
}
