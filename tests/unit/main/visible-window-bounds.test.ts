import { describe, expect, it } from 'vitest';
import { visibleWindowBounds } from '../../../src/main/app/visible-window-bounds';

const laptop = { x: 0, y: 0, width: 1920, height: 1040 };
const rightMonitor = { x: 1920, y: 0, width: 2560, height: 1400 };

describe('visibleWindowBounds', () => {
  it('keeps bounds whose title bar is on an attached screen', () => {
    const saved = { x: 100, y: 80, width: 1400, height: 900 };
    expect(visibleWindowBounds(saved, [laptop])).toEqual(saved);
  });

  it('keeps a window on the second monitor while it is attached', () => {
    const saved = { x: 2200, y: 100, width: 1400, height: 900 };
    expect(visibleWindowBounds(saved, [laptop, rightMonitor])).toEqual(saved);
  });

  it('drops bounds left on a monitor that has been unplugged', () => {
    expect(visibleWindowBounds({ x: 2200, y: 100, width: 1400, height: 900 }, [laptop])).toBeNull();
  });

  it('drops bounds whose title bar is above the screen', () => {
    expect(visibleWindowBounds({ x: 100, y: -500, width: 1400, height: 900 }, [laptop])).toBeNull();
  });

  it('drops bounds with only a sliver on screen', () => {
    expect(visibleWindowBounds({ x: 1850, y: 100, width: 1400, height: 900 }, [laptop])).toBeNull();
  });

  it('has nothing to restore when nothing was saved', () => {
    expect(visibleWindowBounds(null, [laptop])).toBeNull();
  });
});
