/**
 * The one spelling of "run Kroniek's Eleventy build" for code (tests, benchmarks, preview): the
 * same command as `npm run build`, in a child process so that each build keeps its own
 * environment (ARTICLES_DIR, PATH_PREFIX, SITE_URL) and module state.
 */
import { spawn } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const REPO_ROOT = fileURLToPath(new URL('../../', import.meta.url));
export const ELEVENTY_CLI = path.join(REPO_ROOT, 'node_modules', '@11ty', 'eleventy', 'cmd.cjs');

export interface EleventyRun {
  /** Output folder (Eleventy's --output). */
  output: string;
  /** Added to this process's environment. */
  env?: Record<string, string>;
  /** `--watch`, `--serve`…; `--quiet` is always passed. */
  extraArgs?: string[];
}

/** argv for `node`: the TypeScript loader, Eleventy's CLI and Kroniek's config. */
export function eleventyArgs(run: EleventyRun): string[] {
  return ['--import', 'tsx', ELEVENTY_CLI, '--config=.eleventy.ts', `--output=${run.output}`, '--quiet', ...(run.extraArgs ?? [])];
}

export function spawnEleventy(run: EleventyRun) {
  return spawn(process.execPath, eleventyArgs(run), {
    cwd: REPO_ROOT,
    env: { ...process.env, ...run.env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
}

export interface EleventyResult {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
}

/** One build to completion; never rejects on a failed build (the exit code says so). */
export function runEleventy(run: EleventyRun): Promise<EleventyResult> {
  return new Promise((resolve, reject) => {
    const child = spawnEleventy(run);
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    child.on('error', reject);
    child.on('close', (code, signal) => resolve({ code, signal, stdout, stderr }));
  });
}
