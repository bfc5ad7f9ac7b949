/**
 * Minimal types for the untyped Eleventy packages, only the parts the site uses.
 * (Eleventy ships JSDoc, not .d.ts; `skipLibCheck` does not help for missing declarations.)
 */
declare module '@11ty/eleventy-plugin-rss' {
  const rssPlugin: (eleventyConfig: unknown, options?: Record<string, unknown>) => void;
  export default rssPlugin;
  export function dateToRfc3339(date: Date): string;
}

declare module '@11ty/eleventy' {
  /** What `eleventy.before` / `eleventy.after` callbacks receive (the parts we read). */
  export interface EleventyEventArg {
    /** Normalised folders; `output` honours --output (the deprecated `dir` does not). */
    directories: { input: string; output: string };
    runMode: 'build' | 'watch' | 'serve';
    /** `eleventy.after` only: the templates written, each with its output file. */
    results?: ReadonlyArray<{ outputPath?: string | false; url?: string | false }>;
  }
  export interface EleventyConfig {
    addPlugin(plugin: unknown, options?: Record<string, unknown>): void;
    addPassthroughCopy(copy: string | Record<string, string>): void;
    addExtension(ext: string | string[], options: Record<string, unknown>): void;
    addTemplateFormats(formats: string | string[]): void;
    addGlobalData(name: string, value: unknown): void;
    addWatchTarget(target: string): void;
    addTransform(name: string, transform: (this: { page: { outputPath: unknown } }, content: string) => string | Promise<string>): void;
    on(event: string, callback: (arg: EleventyEventArg) => unknown): void;
    setQuietMode(quiet: boolean): void;
    pathPrefix?: string;
  }
  export interface EleventyOptions {
    /** 'cli' makes a failed build set the exit code, as Eleventy's own command does. */
    source?: 'cli' | 'script';
    configPath?: string;
    pathPrefix?: string;
    quietMode?: boolean;
    runMode?: 'build' | 'watch' | 'serve';
    config?: (eleventyConfig: EleventyConfig) => void;
  }
  /** The file watcher (chokidar) of watch mode. */
  export interface EleventyWatcher {
    on(event: 'unlink' | 'unlinkDir', listener: (path: string) => void): void;
  }
  export class Eleventy {
    constructor(input?: string, output?: string, options?: EleventyOptions);
    init(): Promise<void>;
    write(): Promise<unknown>;
    toJSON(): Promise<unknown>;
    /** First build, then watching; resolves to the function that queues a rebuild for a changed path. */
    watch(): Promise<(path: string) => Promise<void>>;
    serve(port?: number): Promise<void>;
    stopWatch(): Promise<void>;
    watcher?: EleventyWatcher;
    /** Prints an error the way Eleventy's command does (no stack for `skipOriginalStack`). */
    errorHandler: { fatal(error: unknown, message?: string): void; error(error: unknown, message?: string): void };
  }
}
