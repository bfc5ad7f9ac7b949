/**
 * Debian's Chromium and the flags every headless run uses (search benchmark, Lighthouse, browser
 * tests). playwright-core cannot download a browser here; no sandbox in a container; and without
 * the networking flags Chromium tries to reach Google's hosts at every start, while the site under
 * test must make no request to another host anyway.
 */
import { type Browser, chromium, type LaunchOptions } from 'playwright-core';

export const CHROMIUM_PATH = process.env.CHROME_PATH ?? '/usr/bin/chromium';

export const CHROMIUM_FLAGS: readonly string[] = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-default-apps',
  '--disable-extensions',
  '--no-first-run',
];

export function launchChromium(options: LaunchOptions = {}): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM_PATH, ...options, args: [...CHROMIUM_FLAGS, ...(options.args ?? [])] });
}
