/** Minimal types for js-yaml 4 (it ships none), only the parts front-matter parsing uses. */
declare module 'js-yaml' {
  export interface Mark {
    /** 0-based line in the parsed text. */
    line: number;
    column: number;
  }
  export class YAMLException extends Error {
    reason: string;
    mark?: Mark;
  }
  /** What a `listener` sees when a node opens and closes. */
  export interface LoaderState {
    /** 0-based line where the reader is. */
    line: number;
    kind: string | null;
    result: unknown;
  }
  export interface LoadOptions {
    schema?: Schema;
    maxDepth?: number;
    listener?: (event: 'open' | 'close', state: LoaderState) => void;
  }
  export class Type {
    constructor(
      tag: string,
      options: { kind: 'scalar' | 'sequence' | 'mapping'; resolve?: (data: unknown) => boolean; construct?: (data: unknown) => unknown },
    );
  }
  export class Schema {
    extend(types: Type | Type[] | { implicit?: Type[]; explicit?: Type[] }): Schema;
  }
  export const CORE_SCHEMA: Schema;
  export const types: { merge: Type };
  export function load(source: string, options?: LoadOptions): unknown;
}
