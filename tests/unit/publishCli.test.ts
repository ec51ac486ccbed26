/**
 * `npm run publish` refuses, in one line and before writing anything, what it cannot do right: no
 * address, an address that is not the web's, a dataset with no events, and a folder that holds
 * someone's files. (Publishing itself is tests/browser/publishFolder.test.ts.)
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const run = (...args: string[]) => {
  const r = spawnSync(process.execPath, ['--import', 'tsx', 'src/cli/publish.ts', ...args], { encoding: 'utf8', timeout: 30_000 });
  return { code: r.status, stderr: r.stderr.trim(), stdout: r.stdout.trim() };
};
const dir = mkdtempSync(join(tmpdir(), 'chronicle-publish-'));
const URL_ = 'https://example.org/story/';

describe('npm run publish refuses', () => {
  it.each([
    ['no --url', ['data/events.json', join(dir, 'a')], /^publish: usage: npm run publish -- .* --url https:\/\/example\.org\/story\/$/],
    [
      'a --url that is not http(s)',
      ['data/events.json', join(dir, 'a'), '--url', 'file:///srv/story/'],
      /^publish: --url file:\/\/\/srv\/story\/ must start with https:\/\//,
    ],
    ['a --url with a query', ['data/events.json', join(dir, 'a'), '--url', `${URL_}?x=1`], /must be a folder, with no \?… or #… after it$/],
    ['no out folder', ['data/events.json', '--url', URL_], /^publish: usage:/],
  ])('%s: the usage or the address’s problem, exit 2, nothing written', (_, args, message) => {
    const { code, stderr } = run(...args);
    expect(code).toBe(2);
    expect(stderr).toMatch(message);
    expect(existsSync(join(dir, 'a'))).toBe(false);
  });

  it('a dataset with no usable events: its problems, then one line, exit 1, nothing written', () => {
    writeFileSync(join(dir, 'page.html'), '<!doctype html><title>x</title>');
    const { code, stdout, stderr } = run(join(dir, 'page.html'), join(dir, 'b'), '--url', URL_);
    expect(code).toBe(1);
    expect(stdout).toMatch(/file: error: this is a web page/);
    expect(stderr).toMatch(/^publish: .*page\.html has no usable events; nothing was written$/);
    expect(existsSync(join(dir, 'b'))).toBe(false);
  });

  it('a folder with someone’s files in it: says so, exit 1, and leaves every file as it was', () => {
    const theirs = join(dir, 'site');
    mkdirSync(theirs);
    writeFileSync(join(theirs, 'index.html'), '<p>my own page</p>');
    const { code, stderr } = run('data/events.json', theirs, '--url', URL_);
    expect(code).toBe(1);
    expect(stderr).toBe(
      `publish: ${theirs} holds other files and is not a folder published before (no index.html and oembed.json): give a new or empty folder; publish never deletes files`,
    );
    expect(readdirSync(theirs)).toEqual(['index.html']);
    expect(readFileSync(join(theirs, 'index.html'), 'utf8')).toBe('<p>my own page</p>');
  });
});
