/** What goes into ingest for one file and what comes out, before the cross-file merge. */
import type { ArticleRecord, Message } from '../record/types.ts';

/** Text a stage removed from the article, for the readable report and `--explain`. */
export interface Dropped {
  line: number | null;
  rule: string;
  text: string;
}

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
  /** Text removed from the file (noise, repeats, page chrome), for the readable report. */
  dropped: Dropped[];
}
