/**
 * Helpers for the browser tests (not a test file itself): Debian's Chromium with the flags every
 * test uses, and axe-core run in a page.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { repoRoot } from './site.ts';

const AXE = path.join(repoRoot, 'node_modules/axe-core/axe.min.js');

export { launchChromium } from '../../src/bench/chromium.ts';

interface AxeViolation {
  id: string;
  impact: string | null;
  nodes: Array<{ target: unknown }>;
}

let axeSource: string | null = null;

/** axe-core's violations on the page as it is now, one line each (empty: none). Needs script on. */
export async function axeViolations(page: Page): Promise<string[]> {
  axeSource ??= await readFile(AXE, 'utf8');
  await page.evaluate(axeSource);
  const violations = await page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run: () => Promise<{ violations: AxeViolation[] }> } }).axe;
    const result = await axe.run();
    return result.violations.map((v) => ({ id: v.id, impact: v.impact, nodes: v.nodes.map((n) => JSON.stringify(n.target)) }));
  });
  return violations.map((v) => `${v.id} (${v.impact ?? '?'}): ${v.nodes.join(', ')}`);
}
