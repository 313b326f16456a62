import { useEffect, useState } from 'react';

/** True once `value` has stayed the same for `ms`; false again as soon as it changes. */
export function useUnchangedFor<T>(value: T, ms: number): boolean {
  const [settledValue, setSettledValue] = useState<{ value: T } | null>(null);
  useEffect(() => {
    const timer = setTimeout(() => setSettledValue({ value }), ms);
    return () => clearTimeout(timer);
  }, [value, ms]);
  return settledValue !== null && Object.is(settledValue.value, value);
}
