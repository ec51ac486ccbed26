/**
 * The layer rule (lint/layers.mjs): the table of what may import what, and one real oxlint run over a
 * small tree with two wrong imports, so a plugin that fails to load cannot pass in silence.
 */
import { execFileSync } from 'node:child_process';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { folderOf, violation } from '../../lint/layers.mjs';

describe('violation(from, to)', () => {
  it.each([
    ['data', 'time', null],
    ['view', 'data', null],
    ['store', 'view', null],
    ['i18n', 'store', null],
    ['ui', 'i18n', null],
    ['timeline', 'ui', null],
    ['app', 'timeline', null],
    ['cli', 'data', null],
    ['data', 'data', null],
    ['time', 'data', 'time/ may not import from data/, a layer above it'],
    ['store', 'i18n', 'store/ may not import from i18n/, a layer above it'],
    ['ui', 'timeline', 'ui/ may not import from timeline/, a layer above it'],
    ['embed', 'timeline', 'embed/ and timeline/ are features of the same layer: they meet in app/, never import each other'],
    ['timeline', 'app', 'timeline/ may not import from app/, a layer above it'],
    ['misc', 'data', 'src/misc/ is not a layer: add it to lint/layers.mjs'],
  ])('%s → %s', (from, to, why) => {
    expect(violation(from, to)).toBe(why);
  });

  it('names a file by its top folder under src/, and files at the root as the app', () => {
    const src = resolve('/repo/src');
    expect(folderOf('/repo/src/view/lanes.ts', src)).toBe('view');
    expect(folderOf('/repo/src/ui/details/DetailPanel.tsx', src)).toBe('ui');
    expect(folderOf('/repo/src/main.tsx', src)).toBe('app');
    expect(folderOf('/repo/build/chunks.ts', src)).toBeNull();
  });
});

describe('oxlint with the layer rule', () => {
  it('reports an upward import and a feature importing a feature, and nothing else', () => {
    const root = resolve('tests/fixtures/layers');
    let output = '';
    try {
      execFileSync(resolve('node_modules/.bin/oxlint'), ['-c', resolve(root, '.oxlintrc.json'), '-f', 'unix', 'src'], { cwd: root, encoding: 'utf8' });
    } catch (error) {
      output = (error as { stdout: string }).stdout;
    }
    const found = output.split('\n').filter((line) => line.includes('chronicle(layers)'));
    expect(found).toHaveLength(2);
    expect(found.find((l) => l.startsWith('src/data/upward.ts'))).toContain('data/ may not import from ui/, a layer above it');
    expect(found.find((l) => l.startsWith('src/embed/Shell.ts'))).toContain('embed/ and timeline/ are features of the same layer');
  });
});
