/**
 * One diagnostics contract for every ingest stage, in the spirit of vfile: a stage gets the
 * file's context and reports through it — `message` (a warning), `fail` (an error) and `drop`
 * (text it removed, with the rule that removed it). Nothing is returned on the side, so every
 * finding ends up in one place with its file, line and rule.
 */
import type { ArticleRecord, Message } from '../record/types.ts';
import type { Dropped, FileIngest } from './file-ingest.ts';

export type { Dropped, FileIngest, SourceFile } from './file-ingest.ts';

/** Where a finding is (1-based file line, or null for the whole file) and which rule found it. */
export interface At {
  line: number | null;
  rule: string;
}

export class IngestFile {
  readonly file: string;
  readonly warnings: Message[] = [];
  readonly errors: Message[] = [];
  readonly dropped: Dropped[] = [];
  /**
   * Only for `--explain`: what became of each file line, in the order stages decided it
   * (`title`, `paragraph`, `date line 2021-12-07`…). Null in a normal run, so noting costs nothing.
   */
  readonly trace: Map<number, string[]> | null;

  constructor(file: string, trace: Map<number, string[]> | null = null) {
    this.file = file;
    this.trace = trace;
  }

  /** A warning: the file is still ingested. */
  message(reason: string, at: At): Message {
    const m: Message = { file: this.file, line: at.line, rule: at.rule, message: reason };
    this.warnings.push(m);
    return m;
  }

  /** An error: the file is not published, and the build says why. */
  fail(reason: string, at: At): Message {
    const m: Message = { file: this.file, line: at.line, rule: at.rule, message: reason };
    this.errors.push(m);
    return m;
  }

  drop(line: number | null, rule: string, text: string): void {
    this.dropped.push({ line, rule, text });
  }

  /** Record what became of a line (a no-op unless tracing for `--explain`). */
  note(line: number | null, role: string): void {
    if (this.trace === null || line === null) return;
    const roles = this.trace.get(line);
    if (roles) roles.push(role);
    else this.trace.set(line, [role]);
  }

  get failed(): boolean {
    return this.errors.length > 0;
  }

  /** A context for one article of this file, whose warnings become the record's own. */
  article(): IngestFile {
    return new IngestFile(this.file, this.trace);
  }

  result(records: ArticleRecord[]): FileIngest {
    return { file: this.file, records, warnings: this.warnings, errors: this.errors, dropped: this.dropped };
  }
}
