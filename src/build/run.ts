/**
 * `npm run build` and `npm start`: Eleventy run from here rather than from its own command, so
 * that settings are checked before anything starts (a bad PATH_PREFIX or SITE_URL is one line and
 * exit 1), a build only ever replaces the output folder whole (src/build/output.ts), and the watch
 * server also rebuilds when an article is deleted.
 */
import { rm } from 'node:fs/promises';
import path from 'node:path';
import type { Eleventy } from '@11ty/eleventy';
import { ConfigError, NO_SITE_URL_WARNING, siteConfigFromEnv } from '../site/config.ts';
import { compareSites, discardStaging, OutputBusy, OutputLock, prepareStaging, swapIn, writeManifest } from './output.ts';
import { builtPages } from './page-hashes.ts';
import { formatSiteChanges } from './report.ts';

export type RunMode = 'build' | 'watch' | 'serve';

export interface RunOptions {
  output: string;
  mode: RunMode;
  port?: number;
}

export const USAGE = 'usage: build [--output=DIR] [--watch | --serve [--port=N]]';

/** argv → options, or the line that says what is wrong with it. */
export function parseRunArgs(argv: readonly string[]): RunOptions | string {
  const options: RunOptions = { output: '_site', mode: 'build' };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] ?? '';
    const [name, inline] = arg.includes('=') ? [arg.slice(0, arg.indexOf('=')), arg.slice(arg.indexOf('=') + 1)] : [arg, undefined];
    const value = (): string | undefined => inline ?? argv[++i];
    if (name === '--output') {
      const v = value();
      if (!v) return `--output needs a folder; ${USAGE}`;
      options.output = v;
    } else if (name === '--port') {
      const port = Number(value());
      if (!Number.isInteger(port) || port < 0 || port > 65535) return `--port needs a port number; ${USAGE}`;
      options.port = port;
    } else if (name === '--watch' || name === '--serve') options.mode = name === '--serve' ? 'serve' : 'watch';
    else if (name !== '--quiet') return `unknown option ${arg}; ${USAGE}`;
  }
  return options;
}

const say = (line: string): void => console.error(`[kroniek] ${line}`);

/** Eleventy has printed it already (a failed build), or it still needs printing (a failed start). */
function report(elev: Eleventy | null, error: unknown): void {
  if ((error as { __errorAlreadyLogged?: boolean } | null)?.__errorAlreadyLogged) return;
  if (elev) elev.errorHandler.fatal(error, 'Kroniek build failed');
  else say(error instanceof Error ? error.message : String(error));
}

/** Imported only once the settings are known to be good: a bad one fails without Eleventy's ~0.5 s start-up. */
async function newEleventy(output: string, mode: RunMode): Promise<Eleventy> {
  const { Eleventy } = await import('@11ty/eleventy');
  return new Eleventy(undefined, output, { source: 'cli', configPath: '.eleventy.ts', quietMode: true, runMode: mode });
}

/** One build into a staging folder, swapped in for `output` only when it is complete. */
async function buildOnce(output: string, lock: OutputLock): Promise<number> {
  const staging = await prepareStaging(output);
  const discard = (): void => {
    // Synchronous: also runs from a signal handler, right before the process ends.
    discardStaging(staging);
    lock.release();
  };
  let stopping = false;
  const interrupted = (signal: NodeJS.Signals): void => {
    // `npm run` passes the terminal's Ctrl-C on as a second signal: still listened to, so it cannot cut the clean-up short.
    if (stopping) return;
    stopping = true;
    discard();
    say(`build interrupted (${signal}); ${output} is as the previous build left it`);
    process.exit(signal === 'SIGINT' ? 130 : 143);
  };
  process.on('SIGINT', interrupted);
  process.on('SIGTERM', interrupted);
  let elev: Eleventy | null = null;
  try {
    elev = await newEleventy(staging, 'build');
    await elev.init();
    await elev.write();
    if (process.exitCode) return Number(process.exitCode);
    const hashes = new Map<string, string>();
    for (const [file, hash] of builtPages) if (file.startsWith(staging + path.sep)) hashes.set(path.relative(staging, file), hash);
    const changes = await compareSites(output, staging, hashes);
    await swapIn(staging, output);
    await writeManifest(output, hashes);
    console.log(formatSiteChanges(output, changes));
    return 0;
  } catch (error) {
    report(elev, error);
    return 1;
  } finally {
    process.off('SIGINT', interrupted);
    process.off('SIGTERM', interrupted);
    discard();
  }
}

/** Watch mode writes in place (the dev server serves the folder); the lock is held until it stops. */
async function watch(options: RunOptions, lock: OutputLock): Promise<number> {
  let elev: Eleventy | null = null;
  try {
    elev = await newEleventy(options.output, options.mode);
    await elev.init();
    // Pages of earlier builds that no record needs: start from an empty folder; from then on
    // every rebuild removes what it no longer writes (page writer, src/build/stale-outputs.ts).
    await rm(options.output, { recursive: true, force: true });
    const rebuild = await elev.watch();
    // Eleventy's watcher only notes a deleted file; a deleted article must take its pages along.
    const watching = elev;
    const onDelete = (file: string): void => {
      void rebuild(file).catch((error: unknown) => watching.errorHandler.error(error, 'Kroniek rebuild failed'));
    };
    elev.watcher?.on('unlink', onDelete);
    elev.watcher?.on('unlinkDir', onDelete);
    if (options.mode === 'serve') await elev.serve(options.port);
    // Eleventy says "Watching…" before its watcher is ready; this line comes once it is.
    console.log('[kroniek] watching for changes, deletions included (Ctrl-C stops)');
    const stop = async (): Promise<void> => {
      await watching.stopWatch();
      lock.release();
      process.exit(0);
    };
    process.once('SIGINT', () => void stop());
    process.once('SIGTERM', () => void stop());
    return 0;
  } catch (error) {
    report(elev, error);
    lock.release();
    return 1;
  }
}

/** Runs `npm run build` / `npm start`; resolves to the exit code (watch mode: once watching). */
export async function runBuild(argv: readonly string[], env: Record<string, string | undefined> = process.env): Promise<number> {
  const options = parseRunArgs(argv);
  if (typeof options === 'string') {
    say(options);
    return 2;
  }
  let lock: OutputLock;
  try {
    const config = siteConfigFromEnv(env);
    if (config.siteUrl === null) say(`warning: ${NO_SITE_URL_WARNING}`);
    lock = OutputLock.acquire(options.output);
  } catch (error) {
    if (error instanceof ConfigError || error instanceof OutputBusy) {
      say(error.message);
      return 1;
    }
    throw error;
  }
  lock.cleanLeftovers();
  return options.mode === 'build' ? buildOnce(options.output, lock) : watch(options, lock);
}
