import { existsSync } from 'node:fs';
import { chromium } from '@playwright/test';

/**
 * Flags that keep Chromium from reaching for Google services on a machine with no internet,
 * plus the sandbox switch containers need when running as root.
 */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];

/** Playwright's own Chromium where the user has installed it, else the system's (CHROME_PATH or Debian's). */
export function chromiumExecutable(): string | undefined {
  try {
    if (existsSync(chromium.executablePath())) return undefined;
  } catch {
    // no Playwright browser registry on this machine
  }
  const candidates = [
    process.env.CHROME_PATH,
    '/usr/bin/chromium',
    '/usr/bin/chromium-browser',
    '/usr/bin/google-chrome',
  ];
  const found = candidates.find((path): path is string => Boolean(path && existsSync(path)));
  if (!found)
    throw new Error(
      "No Chromium found: install Playwright browsers, Debian's `chromium`, or set CHROME_PATH.",
    );
  return found;
}
