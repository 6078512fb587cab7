/**
 * Which Chromium the browser tests drive: an explicit variable, then Playwright's own download,
 * then Debian's /usr/bin/chromium. Fails with a clear message when there is none.
 */
import { existsSync } from 'node:fs';
import { chromium } from '@playwright/test';

export const CHROMIUM_ENV = 'LENSES_CHROMIUM';

export function findChromium(env: Record<string, string | undefined> = process.env): string {
  const fromEnv = env[CHROMIUM_ENV] || env.CHROME_PATH;
  if (fromEnv) {
    if (!existsSync(fromEnv)) throw new Error(`${CHROMIUM_ENV} names ${fromEnv}, which does not exist.`);
    return fromEnv;
  }
  try {
    const own = chromium.executablePath();
    if (own && existsSync(own)) return own;
  } catch {
    // Playwright has no browser of its own here.
  }
  if (existsSync('/usr/bin/chromium')) return '/usr/bin/chromium';
  throw new Error(
    `No Chromium found for the browser tests. Install one (Debian: "apt-get install -y chromium") or set ${CHROMIUM_ENV} to its path.`,
  );
}

export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-quic',
  '--no-first-run',
];
