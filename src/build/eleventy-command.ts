/**
 * The one spelling of "run Kroniek's Eleventy build" for code (tests, benchmarks): the same
 * command as `npm run build` (src/cli/build.ts → src/build/run.ts), in a child process so that
 * each build keeps its own environment (ARTICLES_DIR, PATH_PREFIX, SITE_URL) and module state.
 */
import { spawn } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const REPO_ROOT = fileURLToPath(new URL('../../', import.meta.url));
export const ELEVENTY_CLI = path.join(REPO_ROOT, 'node_modules', '@11ty', 'eleventy', 'cmd.cjs');
/** Kroniek's build command, which runs Eleventy with .eleventy.ts. */
export const BUILD_CLI = path.join(REPO_ROOT, 'src', 'cli', 'build.ts');

export interface EleventyRun {
  /** Output folder (--output). */
  output: string;
  /** Added to this process's environment. */
  env?: Record<string, string>;
  /** `--watch`, `--serve`…; `--quiet` is always passed. */
  extraArgs?: string[];
}

/** argv for `node`: the TypeScript loader and Kroniek's build command. */
export function eleventyArgs(run: EleventyRun): string[] {
  return ['--import', 'tsx', BUILD_CLI, `--output=${run.output}`, '--quiet', ...(run.extraArgs ?? [])];
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
