/** What goes into ingest for one file and what comes out, before the cross-file merge. */
import type { ArticleRecord, Message } from '../record/types.ts';
import type { Dropped } from './noise.ts';

export interface SourceFile {
  /** Path relative to the articles directory, with POSIX slashes. */
  file: string;
  bytes: Uint8Array;
}

export interface FileIngest {
  file: string;
  records: ArticleRecord[];
  warnings: Message[];
  errors: Message[];
  /** Noise removed from the file, for the readable report. */
  dropped: Dropped[];
}
