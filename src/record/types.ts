/**
 * The one record type that flows from ingest through site data, templates and
 * the search index. It is also the public JSON export (/data/records.json),
 * so changing a field here is a format change: update the README with it.
 */

export type TitleSource = 'frontmatter' | 'headline' | 'derived';
export type DatePrecision = 'day' | 'month' | 'year';
export type DateSource = 'frontmatter' | 'header' | 'text';
export type BlockType = 'paragraph' | 'heading' | 'quote';

export interface Block {
  type: BlockType;
  /** Plain text, never HTML. */
  text: string;
}

/** A structured diagnostic in the spirit of vfile messages. */
export interface Message {
  /** Path relative to the articles directory. */
  file: string;
  /** 1-based line in the file, or null when the message concerns the whole file. */
  line: number | null;
  /** Stable machine-readable rule id, e.g. `date/weekday-mismatch`. */
  rule: string;
  /** Human-readable explanation. */
  message: string;
}

export interface ArticleRecord {
  id: string;
  file: string;
  part: number;
  title: string;
  titleSource: TitleSource;
  date: string | null;
  datePrecision: DatePrecision | null;
  dateSource: DateSource | null;
  agency: string | null;
  dateline: string | null;
  lede: string;
  blocks: Block[];
  html: string;
  people: string[];
  places: string[];
  organisations: string[];
  onTopic: boolean;
  duplicates: string[];
  warnings: Message[];
  /** Set from front matter; drafts are ingested but never published. */
  draft?: boolean;
  tags?: string[];
  source?: string | null;
  /** Set from front matter: the outlet that published the article, e.g. `NOS` or `de Volkskrant`. */
  outlet?: string;
}

/** Per-file outcome: every input file appears exactly once in a report. */
export interface FileReport {
  file: string;
  /** Ids of the records this file produced (after cross-file dedupe). */
  records: string[];
  warnings: Message[];
  errors: Message[];
}

export interface IngestResult {
  records: ArticleRecord[];
  files: FileReport[];
}
