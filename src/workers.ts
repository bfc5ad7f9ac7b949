/**
 * Worker threads that run TypeScript modules. Node 20 does not apply the parent's `--import tsx`
 * hooks to a worker's entry point (both `tsx …` and `node --import tsx …` fail with "Unknown file
 * extension .ts"), so the worker registers tsx itself and then imports the module. Starting one
 * costs ~1.5 s of CPU (tsx, then loading the modules): only worth it for seconds of work.
 */
import { Worker, type ResourceLimits } from 'node:worker_threads';

export function startTsWorker(moduleUrl: URL, workerData?: unknown, resourceLimits?: ResourceLimits): Worker {
  // Resolved here, not in the worker: an eval'd worker resolves bare names from the cwd.
  const tsx = import.meta.resolve('tsx/esm/api');
  const code = `import(${JSON.stringify(tsx)}).then(({ register }) => { register(); return import(${JSON.stringify(moduleUrl.href)}); })`;
  return new Worker(code, { eval: true, workerData, ...(resourceLimits ? { resourceLimits } : {}) });
}
