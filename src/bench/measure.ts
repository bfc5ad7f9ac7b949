/**
 * Run a child process and measure its wall time and peak resident memory. GNU time reports the
 * kernel's own high-water mark (ru_maxrss of the largest descendant), which polling would miss
 * between samples; without it we fall back to polling /proc/<pid>/status.
 */
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';

export interface Measured {
  seconds: number;
  peakRssMiB: number;
  exitCode: number;
  stdout: string;
  stderr: string;
}

export interface RunOptions {
  cwd: string;
  env?: NodeJS.ProcessEnv;
}

const GNU_TIME = '/usr/bin/time';

export async function measure(command: string, args: string[], options: RunOptions): Promise<Measured> {
  if (existsSync(GNU_TIME)) return measureWithTime(command, args, options);
  return measureByPolling(command, args, options);
}

function run(
  command: string,
  args: string[],
  options: RunOptions,
  onSpawn?: (pid: number) => void,
): Promise<{ exitCode: number; stdout: string; stderr: string; seconds: number }> {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const child = spawn(command, args, { cwd: options.cwd, env: options.env ?? process.env, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    // Keep only the tail: a 100,000-page build can print a lot, and only the end explains a failure.
    const keep = (text: string): string => (text.length > 200_000 ? text.slice(-100_000) : text);
    child.stdout.on('data', (chunk: Buffer) => {
      stdout = keep(stdout + chunk.toString());
    });
    child.stderr.on('data', (chunk: Buffer) => {
      stderr = keep(stderr + chunk.toString());
    });
    child.on('error', reject);
    if (child.pid !== undefined) onSpawn?.(child.pid);
    child.on('close', (code) => {
      resolve({ exitCode: code ?? 1, stdout, stderr, seconds: (performance.now() - started) / 1000 });
    });
  });
}

async function measureWithTime(command: string, args: string[], options: RunOptions): Promise<Measured> {
  const dir = await mkdtemp(path.join(tmpdir(), 'kroniek-time-'));
  const report = path.join(dir, 'time.txt');
  try {
    const result = await run(GNU_TIME, ['-o', report, '-f', '%e %M', command, ...args], options);
    const lines = (await readFile(report, 'utf8')).trim().split('\n');
    // On failure GNU time writes "Command exited with non-zero status N" before the format line.
    const [, maxKiB] = (lines[lines.length - 1] ?? '').split(' ');
    return { ...result, peakRssMiB: Number(maxKiB) / 1024 };
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

async function readTreeRss(root: number): Promise<number> {
  // Sum VmRSS over the process and its children (Eleventy may fork helpers).
  let total = 0;
  const queue = [root];
  while (queue.length > 0) {
    const pid = queue.pop();
    if (pid === undefined) break;
    try {
      const status = await readFile(`/proc/${pid}/status`, 'utf8');
      const rss = /VmRSS:\s+(\d+) kB/.exec(status);
      total += rss ? Number(rss[1]) : 0;
      const children = await readFile(`/proc/${pid}/task/${pid}/children`, 'utf8').catch(() => '');
      queue.push(...children.split(/\s+/).filter(Boolean).map(Number));
    } catch {
      // The process ended between listing and reading.
    }
  }
  return total / 1024;
}

async function measureByPolling(command: string, args: string[], options: RunOptions): Promise<Measured> {
  let peak = 0;
  let timer: NodeJS.Timeout | undefined;
  const result = await run(command, args, options, (pid) => {
    timer = setInterval(() => {
      void readTreeRss(pid).then((rss) => {
        peak = Math.max(peak, rss);
      });
    }, 50);
  });
  if (timer) clearInterval(timer);
  return { ...result, peakRssMiB: peak };
}
