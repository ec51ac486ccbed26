/**
 * Each actor has a shape as well as a colour, so no one needs to tell colours apart to tell actors
 * apart (WCAG 1.4.1): the n-th actor of the dataset gets the n-th shape, on its marks, its lane and
 * its filter chip. Paths are centred on 0,0 and about as large as a circle of radius r.
 */
export const SHAPES = ['circle', 'square', 'diamond', 'triangle', 'triangle-down', 'cross'] as const;
export type Shape = (typeof SHAPES)[number];

export function shapeAt(index: number): Shape {
  return index < 0 ? 'circle' : SHAPES[index % SHAPES.length]!;
}

const f = (n: number) => +n.toFixed(2);

/** Marks ask for the same few paths on every render and every zoom frame: each is built once. */
const built = new Map<string, string>();

export function shapePath(shape: Shape, r: number): string {
  const key = shape + r;
  let path = built.get(key);
  if (path === undefined) {
    if (built.size > 500) built.clear();
    built.set(key, (path = buildPath(shape, r)));
  }
  return path;
}

function buildPath(shape: Shape, r: number): string {
  switch (shape) {
    case 'circle':
      return `M${f(r)},0A${f(r)},${f(r)} 0 1,1 ${f(-r)},0A${f(r)},${f(r)} 0 1,1 ${f(r)},0Z`;
    case 'square': {
      const s = r * 0.9;
      return `M${f(-s)},${f(-s)}H${f(s)}V${f(s)}H${f(-s)}Z`;
    }
    case 'diamond': {
      const d = r * 1.25;
      return `M0,${f(-d)}L${f(d)},0L0,${f(d)}L${f(-d)},0Z`;
    }
    case 'triangle':
      return `M0,${f(-r * 1.2)}L${f(r * 1.15)},${f(r * 0.8)}L${f(-r * 1.15)},${f(r * 0.8)}Z`;
    case 'triangle-down':
      return `M0,${f(r * 1.2)}L${f(r * 1.15)},${f(-r * 0.8)}L${f(-r * 1.15)},${f(-r * 0.8)}Z`;
    case 'cross': {
      // A plus sign with arms a third as thick as it is wide.
      const a = r * 1.1;
      const t = a / 3;
      return `M${f(-t)},${f(-a)}H${f(t)}V${f(-t)}H${f(a)}V${f(t)}H${f(t)}V${f(a)}H${f(-t)}V${f(t)}H${f(-a)}V${f(-t)}H${f(-t)}Z`;
    }
  }
}
