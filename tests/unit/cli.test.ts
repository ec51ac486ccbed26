/** The command-line tools end every failure in one line saying what and where, with a non-zero exit: never a stack trace. */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const run = (tool: 'convert' | 'validate', ...args: string[]) => {
  const r = spawnSync(process.execPath, ['--import', 'tsx', `src/cli/${tool}.ts`, ...args], { encoding: 'utf8', timeout: 30_000 });
  return { code: r.status, stderr: r.stderr.trim(), stdout: r.stdout.trim() };
};
const dir = mkdtempSync(join(tmpdir(), 'chronicle-cli-'));

describe('npm run convert', () => {
  it.each([
    [
      'an output in a folder that does not exist',
      ['data/events.json', join(dir, 'no/such/folder/out.json')],
      /^convert: cannot write .*no\/such\/folder\/out\.json: ENOENT/,
    ],
    ['an output that is a folder', ['data/events.json', dir], /^convert: cannot write .*: EISDIR/],
    ['an input that does not exist', ['nothere.csv', join(dir, 'out.json')], /^convert: cannot read nothere\.csv: ENOENT/],
    ['an input that is a folder', ['src', join(dir, 'out.json')], /^convert: cannot read src: EISDIR/],
  ])('%s: one line on stderr, exit 1', (_, args, message) => {
    const { code, stderr } = run('convert', ...args);
    expect(code).toBe(1);
    expect(stderr).toMatch(message);
    expect(stderr.split('\n')).toHaveLength(1);
    expect(stderr).not.toMatch(/\n\s+at /);
  });

  it('an input with no usable events writes nothing and says so', () => {
    writeFileSync(join(dir, 'page.html'), '<!doctype html><title>x</title>');
    const { code, stderr, stdout } = run('convert', join(dir, 'page.html'), join(dir, 'out.json'));
    expect(code).toBe(1);
    expect(stdout).toMatch(/file: error: this is a web page/);
    expect(stderr).toMatch(/^convert: .*page\.html has no usable events; nothing was written$/);
  });

  it('without arguments: the usage, exit 2', () => {
    expect(run('convert')).toMatchObject({ code: 2, stderr: 'convert: usage: npm run convert -- in.json|in.csv|in.tsv out.json|out.csv|out.tsv' });
  });
});

describe('npm run validate', () => {
  it('a file that cannot be read and a server that cannot be reached are errors, one line each', () => {
    const { code, stdout, stderr } = run('validate', 'nothere.json', 'http://127.0.0.1:9/x.json');
    expect(code).toBe(1);
    expect(stderr).toBe('');
    expect(stdout.split('\n')).toEqual([
      expect.stringMatching(/^nothere\.json: file: error: cannot be read: ENOENT: no such file or directory/),
      'nothere.json: 0 valid events, 1 errors, 0 warnings',
      expect.stringMatching(/^http:\/\/127\.0\.0\.1:9\/x\.json: file: error: could not be fetched \(fetch failed: bad port\)/),
      'http://127.0.0.1:9/x.json: 0 valid events, 1 errors, 0 warnings',
    ]);
  });
});
