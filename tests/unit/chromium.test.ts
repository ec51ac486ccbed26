import { describe, expect, it } from 'vitest';
import { CHROMIUM_CANDIDATES, findChromium, installCommand } from '../browser/chromium';

describe('findChromium', () => {
  it('takes CHROMIUM_PATH first, then the first install place that exists', () => {
    expect(findChromium({ CHROMIUM_PATH: '/opt/x/chrome' }, () => true)).toBe('/opt/x/chrome');
    expect(findChromium({}, (p) => p === '/snap/bin/chromium' || p === '/usr/bin/google-chrome')).toBe('/usr/bin/google-chrome');
    expect(CHROMIUM_CANDIDATES[0]).toBe('/usr/bin/chromium');
  });

  it('fails in one line, with the command that installs one, when there is none', () => {
    const none = findChromium({}, () => false);
    expect(none).toBeInstanceOf(Error);
    expect((none as Error).message).not.toContain('\n');
    expect((none as Error).message).toMatch(/install one with: .*chromium/);
    expect((findChromium({ CHROMIUM_PATH: '/nope' }, () => false) as Error).message).toMatch(/^CHROMIUM_PATH is \/nope, which does not exist/);
  });
});

describe('installCommand', () => {
  it.each([
    ['linux', 'ID=debian', true, 'apt-get install -y chromium'],
    ['linux', 'ID=debian', false, 'sudo apt-get install -y chromium'],
    ['linux', 'ID=ubuntu\nID_LIKE=debian', false, 'sudo snap install chromium'],
    ['linux', 'ID="fedora"', false, 'sudo dnf install -y chromium'],
    ['darwin', '', false, 'brew install --cask chromium'],
  ] as const)('%s (%s, root %s): %s', (platform, release, root, command) => {
    expect(installCommand(platform, release, root)).toBe(command);
  });
});
