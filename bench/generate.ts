/**
 * Deterministic synthetic datasets for benchmarks: `npm run gen -- N out.json [seed]`.
 * N events over ten years, 20% of them ranges, 5 actors, 6 categories, mixed date precision.
 */
import { writeFileSync } from 'node:fs';

export function generateDataset(n: number, seed = 42) {
  let s = seed >>> 0 || 1;
  // mulberry32: small, fast and reproducible across machines.
  const rand = () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const actors = ['alpha', 'bravo', 'charlie', 'delta', 'echo'];
  const categories = ['policy', 'market', 'legal', 'product', 'people', 'science'];
  const pad = (v: number) => String(v).padStart(2, '0');
  const events = Array.from({ length: n }, (_, i) => {
    const year = 2015 + Math.floor(rand() * 10);
    const month = 1 + Math.floor(rand() * 12);
    const day = 1 + Math.floor(rand() * 28);
    const p = rand();
    const start = p < 0.7 ? `${year}-${pad(month)}-${pad(day)}` : p < 0.95 ? `${year}-${pad(month)}` : `${year}`;
    const event: Record<string, unknown> = {
      id: `ev-${i}`,
      start,
      title: `Synthetic event ${i} about ${categories[i % 6]}`,
      summary: `Generated event number ${i} for benchmarks.`,
      actors: [actors[Math.floor(rand() * actors.length)]],
      category: categories[Math.floor(rand() * categories.length)],
      sources: [{ name: 'Generator' }],
    };
    if (rand() < 0.2) event.end = `${Math.min(year + 1 + Math.floor(rand() * 3), 2026)}`;
    return event;
  });
  return {
    title: `${n.toLocaleString('en')} synthetic events`,
    description: 'Generated for benchmarks.',
    actors: actors.map((id) => ({ id, label: id[0]!.toUpperCase() + id.slice(1) })),
    categories: categories.map((id) => ({ id, label: id[0]!.toUpperCase() + id.slice(1) })),
    periods: [],
    events,
  };
}

if (process.argv[1]?.endsWith('generate.ts')) {
  const [n, out, seed] = process.argv.slice(2);
  if (!n || !out) {
    console.error('usage: npm run gen -- N out.json [seed]');
    process.exit(2);
  }
  writeFileSync(out, JSON.stringify(generateDataset(Number(n), seed ? Number(seed) : undefined)));
  console.log(`wrote ${n} events to ${out}`);
}
