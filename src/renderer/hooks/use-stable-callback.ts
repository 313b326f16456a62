import { useCallback, useInsertionEffect, useRef } from 'react';

/**
 * A function whose identity never changes and that always calls the latest
 * `callback`: handed to a memoized child, it does not make the child render
 * again each time the parent does (a keystroke in a search box re-renders
 * the box, not the twenty results beside it). Call it from event handlers,
 * not during render.
 */
export function useStableCallback<Args extends unknown[], Result>(callback: (...args: Args) => Result): (...args: Args) => Result {
  const latest = useRef(callback);
  // Updated before any layout effect or event handler can run after this render.
  useInsertionEffect(() => {
    latest.current = callback;
  });
  return useCallback((...args: Args) => latest.current(...args), []);
}
