/**
 * Watch mode rewrites the output folder in place: a page Eleventy wrote in the previous build but
 * not in this one (a year, or `/datum-onbekend/2/`, that only a deleted article needed) would stay
 * online. This remembers what each build wrote and removes what the next one no longer writes.
 * (A full build writes into a fresh staging folder instead: src/build/output.ts.)
 */
import { rm, rmdir } from 'node:fs/promises';
import path from 'node:path';

export class StaleOutputs {
  private outputDir: string | null = null;
  private previous = new Set<string>();

  /** `files`: absolute paths this build wrote. Returns how many files of the previous build were removed. */
  async sweep(output: string, files: Iterable<string>): Promise<number> {
    const outputDir = path.resolve(output);
    const current = new Set([...files].map((f) => path.resolve(f)));
    const previous = this.outputDir === outputDir ? this.previous : new Set<string>();
    let removed = 0;
    for (const file of previous) {
      if (current.has(file)) continue;
      await rm(file, { force: true });
      removed++;
      // Folders left empty go too, up to the output folder itself.
      for (let dir = path.dirname(file); dir.startsWith(outputDir + path.sep); dir = path.dirname(dir)) {
        if (
          !(await rmdir(dir).then(
            () => true,
            () => false,
          ))
        )
          break;
      }
    }
    this.outputDir = outputDir;
    this.previous = current;
    return removed;
  }
}
