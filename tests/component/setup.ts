import '@testing-library/jest-dom/vitest';
import { cleanup } from '@testing-library/react';
import { afterEach, beforeAll } from 'vitest';
import { loadLanesKit } from '../../src/timeline/parts';

// As boot.tsx does on a wide screen: the lanes' chunk is in before the first render, so a render draws them at once.
beforeAll(async () => {
  await loadLanesKit();
});

afterEach(() => cleanup());
