import { execSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const CHROMIUM_PATHS = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
  '/snap/bin/chromium',
  '/Applications/Chromium.app/Contents/MacOS/Chromium',
  '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
];
const FIREFOX_PATHS = ['/usr/bin/firefox-esr', '/usr/bin/firefox', '/Applications/Firefox.app/Contents/MacOS/firefox'];

export class BrowserMissing extends Error {}

function find(envVar: string, paths: string[], what: string, apt: string): string {
  const fromEnv = process.env[envVar];
  if (fromEnv) {
    if (existsSync(fromEnv)) return fromEnv;
    throw new BrowserMissing(`${envVar}=${fromEnv} does not exist.`);
  }
  const found = paths.find((p) => existsSync(p));
  if (found) return found;
  throw new BrowserMissing(
    `${what} was not found. Set ${envVar} to its executable, or install it (Debian/Ubuntu: sudo apt-get install -y ${apt}). ` +
      `Looked in: ${paths.join(', ')}`,
  );
}

export const chromiumPath = () => find('CHROME_PATH', CHROMIUM_PATHS, 'Chromium or Chrome', 'chromium');
export const firefoxPath = () => find('FIREFOX_PATH', FIREFOX_PATHS, 'Firefox', 'firefox-esr');

/** Flags for a quiet, reproducible Chromium: no sign-in, sync or update traffic. */
export function chromiumArgs(extensionDir: string): string[] {
  const args = [
    `--disable-extensions-except=${extensionDir}`,
    `--load-extension=${extensionDir}`,
    '--no-first-run',
    '--no-default-browser-check',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--disable-quic',
    '--disable-gpu',
    '--password-store=basic',
  ];
  // Chromium's sandbox needs user namespaces, which a root shell in a container lacks.
  if (process.getuid?.() === 0) args.push('--no-sandbox');
  return args;
}

export function version(path: string): string {
  try {
    return execSync(`"${path}" --version`, { encoding: 'utf8' }).trim();
  } catch {
    return 'unknown version';
  }
}
