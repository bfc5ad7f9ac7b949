/**
 * `npm run preview [-- --port=N] [--output=DIR]`: serves the built site (`_site/`) exactly as a
 * static host does (src/build/static-server.ts: folders → index.html, 404.html, slash redirects),
 * under PATH_PREFIX, so a sub-path build can be checked before it is deployed.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { parseRunArgs } from '../build/run.ts';
import { serveStatic } from '../build/static-server.ts';
import { ConfigError, siteConfigFromEnv } from '../site/config.ts';

const DEFAULT_PORT = 8080;

async function main(argv: string[]): Promise<number> {
  const options = parseRunArgs(argv);
  if (typeof options === 'string' || options.mode !== 'build') {
    console.error(`[kroniek] ${typeof options === 'string' ? options : 'preview serves a built site; use npm start to build and watch'}`);
    return 2;
  }
  let prefix: string;
  try {
    prefix = siteConfigFromEnv(process.env).pathPrefix;
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error;
    console.error(`[kroniek] ${error.message}`);
    return 1;
  }
  const root = path.resolve(options.output);
  if (!existsSync(path.join(root, 'index.html'))) {
    console.error(`[kroniek] no built site in ${options.output}; run npm run build first (with the same PATH_PREFIX)`);
    return 1;
  }
  const server = await serveStatic(root, prefix, [], options.port ?? DEFAULT_PORT);
  console.log(`[kroniek] serving ${options.output} at ${server.url} (Ctrl-C stops)`);
  return 0;
}

main(process.argv.slice(2)).then(
  (code) => {
    if (code !== 0) process.exit(code);
  },
  (error: unknown) => {
    console.error(`[kroniek] preview failed: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  },
);
