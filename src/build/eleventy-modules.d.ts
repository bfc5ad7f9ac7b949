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
  }
  export interface EleventyConfig {
    addPlugin(plugin: unknown, options?: Record<string, unknown>): void;
    addPassthroughCopy(copy: string | Record<string, string>): void;
    addExtension(ext: string | string[], options: Record<string, unknown>): void;
    addTemplateFormats(formats: string | string[]): void;
    addGlobalData(name: string, value: unknown): void;
    addWatchTarget(target: string): void;
    on(event: string, callback: (arg: EleventyEventArg) => unknown): void;
    setQuietMode(quiet: boolean): void;
    pathPrefix?: string;
  }
  export const HtmlBasePlugin: (eleventyConfig: EleventyConfig, options?: Record<string, unknown>) => void;
  export interface EleventyOptions {
    configPath?: string;
    pathPrefix?: string;
    quietMode?: boolean;
    config?: (eleventyConfig: EleventyConfig) => void;
  }
  export default class Eleventy {
    constructor(input?: string, output?: string, options?: EleventyOptions);
    write(): Promise<unknown>;
    toJSON(): Promise<unknown>;
  }
}
