import { useEffect, useState } from 'react';

/** `value`, once it has held still for `ms`: the previews reload once a burst of typing or choosing ends, not at each step. */
export function useDebounced<T>(value: T, ms: number): T {
  const [settled, setSettled] = useState(value);
  useEffect(() => {
    const timer = setTimeout(() => setSettled(value), ms);
    return () => clearTimeout(timer);
  }, [value, ms]);
  return settled;
}
