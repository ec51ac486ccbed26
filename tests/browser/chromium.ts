/**
 * A system Chromium or Chrome driven by playwright-core; never downloads a browser. `CHROMIUM_PATH`
 * wins, then the usual install places. With none there it fails at once, in one line that gives the
 * one command that installs one on this system (globalSetup asks first, so no test starts without it).
 */
import { existsSync, readFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { chromium, type Browser } from 'playwright-core';

/** Where Debian, Ubuntu (apt or snap), Fedora, Google's packages and macOS put it, in that order. */
export const CHROMIUM_CANDIDATES = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
  '/snap/bin/chromium',
  '/Applications/Chromium.app/Contents/MacOS/Chromium',
  '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
  `${homedir()}/Applications/Chromium.app/Contents/MacOS/Chromium`,
  `${homedir()}/Applications/Google Chrome.app/Contents/MacOS/Google Chrome`,
];

/** The browser to drive, or an Error whose message is one line saying how to get one. */
export function findChromium(env: NodeJS.ProcessEnv = process.env, exists: (path: string) => boolean = existsSync): string | Error {
  const chosen = env.CHROMIUM_PATH;
  if (chosen)
    return exists(chosen) ? chosen : new Error(`CHROMIUM_PATH is ${chosen}, which does not exist; point it at a Chromium or Chrome binary, or unset it.`);
  const found = CHROMIUM_CANDIDATES.find((path) => exists(path));
  return (
    found ??
    new Error(
      `No Chromium or Chrome found (looked in ${CHROMIUM_CANDIDATES[0]} and ${CHROMIUM_CANDIDATES.length - 1} other places); install one with: ${installCommand()} (or set CHROMIUM_PATH).`,
    )
  );
}

/** The one command that installs Chromium here. */
export function installCommand(platform = process.platform, osRelease = readOsRelease(), root = process.getuid?.() === 0): string {
  const sudo = root ? '' : 'sudo ';
  if (platform === 'darwin') return 'brew install --cask chromium';
  if (platform === 'win32') return 'winget install Google.Chrome';
  const ids = /^(?:ID|ID_LIKE)=(.*)$/gm;
  const family = [...osRelease.matchAll(ids)].flatMap((m) => m[1]!.replace(/"/g, '').split(/\s+/));
  // Ubuntu's chromium package only installs the snap.
  if (family[0] === 'ubuntu') return `${sudo}snap install chromium`;
  if (family.includes('debian')) return `${sudo}apt-get install -y chromium`;
  if (family.some((id) => ['fedora', 'rhel', 'centos'].includes(id))) return `${sudo}dnf install -y chromium`;
  if (family.includes('arch')) return `${sudo}pacman -S --noconfirm chromium`;
  if (family.includes('alpine')) return `${sudo}apk add chromium`;
  return `${sudo}apt-get install -y chromium`;
}

function readOsRelease(): string {
  try {
    return readFileSync('/etc/os-release', 'utf8');
  } catch {
    return '';
  }
}

/** Throws the one-line message when there is no browser. */
export function chromiumPath(): string {
  const found = findChromium();
  if (found instanceof Error) throw found;
  return found;
}

export async function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: chromiumPath(),
    headless: true,
    // The machine has no outside network: background services would only fail and slow the start.
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--disable-dev-shm-usage',
    ],
  });
}
