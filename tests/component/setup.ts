import '@testing-library/jest-dom/vitest';
import { cleanup } from '@testing-library/react';
import { afterEach, beforeAll } from 'vitest';
import { loadLanesKit } from '../../src/timeline/parts';

// As boot.tsx does on a wide screen: the lanes' chunk is in before the first render, so a render draws them at once.
beforeAll(async () => {
  await loadLanesKit();
  // As afterDraw.ts fetches the parts a reader opens next: the detail panel (with its media) is in
  // before a test opens it, so a test's wait is for the panel, not for transforming its modules.
  await import('../../src/ui/details/DetailPanel');
});

afterEach(() => cleanup());
