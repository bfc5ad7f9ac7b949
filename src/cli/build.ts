/** `npm run build` / `npm start` (`--serve`): see src/build/run.ts. */
import { runBuild } from '../build/run.ts';

runBuild(process.argv.slice(2)).then(
  (code) => {
    if (code !== 0) process.exitCode = code;
  },
  (error: unknown) => {
    console.error(`[kroniek] build failed: ${error instanceof Error ? error.message : String(error)}`);
    process.exitCode = 1;
  },
);
