/**
 * The size budget, enforced: each view's first-view JS + CSS (what it downloads before it is ready),
 * gzipped, stays within 120 KB (the web component's page within its own 125 KB). A regression fails `npm test` and so CI; bench/RESULTS.md has the breakdown.
 */
import { describe, expect, inject, it } from 'vitest';
import { kb, measureFirstView, VIEWS } from '../../bench/firstView';
import { useBrowser } from './helpers';

const baseURL = inject('baseURL');
const chromium = useBrowser();

describe('first-view size', () => {
  it.each(VIEWS)('$name ships at most $budget KB of gzipped JS and CSS before it is ready', async (view) => {
    const measured = await measureFirstView(chromium(), baseURL, 'dist', view);
    console.log(`${view.name}: ${kb(measured.total)} (${measured.files.map((f) => `${f.name} ${kb(f.gzip)}`).join(', ')})`);
    // A view that loaded nothing would pass trivially: it must at least have fetched the core (the library's is in its entry).
    expect(measured.files.some((f) => /(core-.*|lib\/chronicle)\.js$/.test(f.name))).toBe(true);
    expect(measured.total / 1024).toBeLessThanOrEqual(view.budget);
  });
});
