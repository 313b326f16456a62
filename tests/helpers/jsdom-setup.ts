import '@testing-library/jest-dom/vitest';
import { cleanNotifications } from '@mantine/notifications';
import { spotlight } from '@mantine/spotlight';
import { cleanup } from '@testing-library/react';
import { afterEach } from 'vitest';

// Browser APIs Mantine relies on that jsdom does not implement.
window.matchMedia ??= (query: string) =>
  ({
    matches: false,
    media: query,
    onchange: null,
    addEventListener: () => undefined,
    removeEventListener: () => undefined,
    addListener: () => undefined,
    removeListener: () => undefined,
    dispatchEvent: () => false,
  }) as MediaQueryList;

globalThis.ResizeObserver ??= class {
  observe() {}
  unobserve() {}
  disconnect() {}
};

Element.prototype.scrollIntoView ??= () => undefined;

// Vitest runs without globals, so Testing Library cannot register its own cleanup;
// Mantine's notification and spotlight stores are module-level and outlive a render.
afterEach(() => {
  cleanup();
  cleanNotifications();
  spotlight.close();
  window.history.replaceState(null, '', '/');
});
