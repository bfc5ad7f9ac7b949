/**
 * The title Kroniek derived before the headline deriver (src/ingest/title/): the lede's first
 * sentence, cut at about 85 characters with an ellipsis. Kept only so that
 * `npm run bench:headlines` can show the old method beside the new one on the same articles.
 */
import { splitSentences } from '../ingest/repeats.ts';

const LEDE_CUT_MAX = 90;

export function ledeCutTitle(lede: string): string {
  const first = (splitSentences(lede)[0] ?? lede).replace(/[.:;,]+$/u, '').trim();
  if (first.length <= LEDE_CUT_MAX) return first || 'Zonder titel';
  const cut = first.slice(0, LEDE_CUT_MAX - 1);
  const boundary = cut.lastIndexOf(' ');
  return `${(boundary > 30 ? cut.slice(0, boundary) : cut).replace(/[\s,;:.-]+$/u, '')}…`;
}
