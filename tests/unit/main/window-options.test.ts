import { describe, expect, it } from 'vitest';
import { createWindowOptions } from '../../../src/main/security/window-options';

describe('createWindowOptions', () => {
  const options = createWindowOptions({ preloadPath: '/app/out/preload/index.cjs', bounds: null });

  it('isolates and sandboxes the renderer', () => {
    expect(options.webPreferences).toMatchObject({
      preload: '/app/out/preload/index.cjs',
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webviewTag: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      spellcheck: false,
    });
  });

  it('sets nothing that loosens the defaults', () => {
    const loosening = ['enableBlinkFeatures', 'additionalArguments', 'disableBlinkFeatures', 'session', 'partition'];
    for (const key of loosening) expect(options.webPreferences).not.toHaveProperty(key);
  });

  it('restores saved bounds, or opens at a default size', () => {
    const bounds = { x: 10, y: 20, width: 1200, height: 800 };
    expect(createWindowOptions({ preloadPath: '/p', bounds })).toMatchObject(bounds);
    expect(options).toMatchObject({ width: 1440, height: 900 });
    expect(options).not.toHaveProperty('x');
  });

  it('stays hidden until the page is ready to show', () => {
    expect(options.show).toBe(false);
  });
});
