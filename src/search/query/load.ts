/**
 * The index files a query reads, each fetched at most once per engine (a failed fetch is
 * forgotten, so the next query retries it) and decoded on arrival.
 */
import {
  MANIFEST_PATH,
  ShardReader,
  chunkPath,
  decodeBitset,
  shardPath,
  termShard,
  vocabKey,
  vocabPath,
  type DocMeta,
  type Manifest,
  type Postings,
  type VocabShard,
} from '../format.ts';
import type { IndexLoader } from './types.ts';
import { Vocabulary } from './vocabulary.ts';

const asText = (v: string | Uint8Array): string => (typeof v === 'string' ? v : new TextDecoder().decode(v));
const asBytes = (v: string | Uint8Array): Uint8Array => (typeof v === 'string' ? new TextEncoder().encode(v) : v);

export class IndexFiles {
  private readonly cache = new Map<string, Promise<unknown>>();
  constructor(private readonly load: IndexLoader) {}

  private once<T>(key: string, make: () => Promise<T>): Promise<T> {
    let p = this.cache.get(key) as Promise<T> | undefined;
    if (!p) {
      p = make();
      this.cache.set(key, p);
      p.catch(() => this.cache.delete(key));
    }
    return p;
  }

  manifest(): Promise<Manifest> {
    return this.once('manifest', async () => JSON.parse(asText(await this.load(MANIFEST_PATH, 'json'))) as Manifest);
  }

  offTopicBits(): Promise<Uint8Array> {
    return this.once('offtopic', async () => decodeBitset((await this.manifest()).offTopic));
  }

  /** The vocabulary `term` would be in, or null when the archive has no word with its first letter. */
  vocabulary(term: string): Promise<Vocabulary | null> {
    return this.vocabularyOf(vocabKey(term));
  }

  /** One letter's vocabulary (`v/<key>.json`), or null when the index has none. */
  async vocabularyOf(key: string): Promise<Vocabulary | null> {
    if (!(await this.manifest()).vocab.includes(key)) return null;
    return this.once(`v:${key}`, async () => new Vocabulary(JSON.parse(asText(await this.load(vocabPath(key), 'json'))) as VocabShard));
  }

  private shard(n: number): Promise<ShardReader> {
    return this.once(`p:${n}`, async () => new ShardReader(asBytes(await this.load(shardPath(n), 'binary'))));
  }

  async postings(term: string): Promise<Postings | null> {
    const m = await this.manifest();
    return (await this.shard(termShard(term, m.shards))).get(term);
  }

  chunk(n: number): Promise<DocMeta[]> {
    return this.once(`d:${n}`, async () => JSON.parse(asText(await this.load(chunkPath(n), 'json'))) as DocMeta[]);
  }
}
