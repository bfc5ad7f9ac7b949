/**
 * Headless Debian Chromium for benchmarks, browser tests and audits. playwright-core cannot
 * download a browser here, and without the networking flags Chromium tries to reach Google's
 * hosts at every start; the site under test must make no request to another host anyway.
 */
import { chromium, type Browser, type LaunchOptions } from 'playwright-core';

export const CHROMIUM_PATH = '/usr/bin/chromium';

export const CHROMIUM_FLAGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

export function launchChromium(options: LaunchOptions = {}): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM_PATH, ...options, args: [...CHROMIUM_FLAGS, ...(options.args ?? [])] });
}
