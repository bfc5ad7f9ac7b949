/**
 * A hash of every HTML page a build writes, by absolute file, filled by both page pipelines (the
 * page writer and the link transform in .eleventy.ts): the build runner compares them with the
 * previous build's (src/build/output.ts) to report what a swap changes without reading the pages
 * back — at 10,000 articles reading both sites took seconds.
 */
import { createHash } from 'node:crypto';

export const hashPage = (html: string): string => createHash('sha1').update(html).digest('base64');

export const builtPages = new Map<string, string>();
