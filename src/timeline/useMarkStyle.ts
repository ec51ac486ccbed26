/** Each actor's colour and shape, so actors differ by more than colour; stable while the dataset is. */
import { useCallback, useMemo } from 'react';
import type { Dataset } from '../data/types';
import { shapeAt, type Shape } from '../view/shapes';

const FALLBACK_COLOR = '#6b7280';

export function useMarkStyle(dataset: Dataset | undefined) {
  const colors = useMemo(() => new Map(dataset?.actors.map((a) => [a.id, a.color])), [dataset]);
  const shapes = useMemo(() => new Map(dataset?.actors.map((a, i) => [a.id, shapeAt(i)])), [dataset]);
  const colorOf = useCallback((id: string | undefined) => (id && colors.get(id)) || FALLBACK_COLOR, [colors]);
  const shapeOf = useCallback((id: string | undefined): Shape => (id && shapes.get(id)) || 'circle', [shapes]);
  return { colorOf, shapeOf };
}
