/** A diagnostic before it is tied to a file: stages report these, ingest adds the file name. */
export interface Issue {
  line: number | null;
  rule: string;
  message: string;
  severity: 'error' | 'warning';
}
