export interface Bounds {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** The strip along the top of a window that must be on a screen for the operator to drag it. */
const titleStrip = { height: 40, minimumWidth: 200 };

/**
 * Saved bounds are reused only if the window's title bar would land on a
 * screen that is still attached: a window restored onto an unplugged monitor
 * is invisible, and the operator cannot get it back.
 */
export function visibleWindowBounds(saved: Bounds | null, workAreas: readonly Bounds[]): Bounds | null {
  if (!saved) return null;
  const titleBarShows = workAreas.some((area) => {
    const width = Math.min(saved.x + saved.width, area.x + area.width) - Math.max(saved.x, area.x);
    const top = saved.y >= area.y && saved.y + titleStrip.height <= area.y + area.height;
    return top && width >= titleStrip.minimumWidth;
  });
  return titleBarShows ? saved : null;
}
