// Where to put the main window at start: where the user left it, unless that place is no longer on
// any screen (a monitor unplugged), in which case the saved size is kept and the window centred.
import type { WindowState } from '../store/settingsStore';
import { DEFAULT_WINDOW_SIZE, type WindowBounds } from './windows';

export interface Rectangle {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** How much of the title bar must show on some screen for a saved position to be kept. */
const MINIMUM_VISIBLE = 64;

export function boundsToRestore(saved: WindowState | undefined, workAreas: readonly Rectangle[]): WindowBounds {
  if (!saved) return { ...DEFAULT_WINDOW_SIZE };
  const largest = workAreas.reduce<Rectangle | undefined>((best, area) => (!best || area.width * area.height > best.width * best.height ? area : best), undefined);
  const width = largest ? Math.min(saved.width, largest.width) : saved.width;
  const height = largest ? Math.min(saved.height, largest.height) : saved.height;
  if (saved.x === undefined || saved.y === undefined) return { width, height };
  const titleBar = { x: saved.x, y: saved.y, width, height: Math.min(height, MINIMUM_VISIBLE) };
  const visible = workAreas.some((area) => overlap(titleBar, area).width >= MINIMUM_VISIBLE && overlap(titleBar, area).height > 0);
  return visible ? { x: saved.x, y: saved.y, width, height } : { width, height };
}

function overlap(a: Rectangle, b: Rectangle): { width: number; height: number } {
  return {
    width: Math.max(0, Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x)),
    height: Math.max(0, Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y)),
  };
}

/** The state to save: the normal (un-maximised) bounds, so un-maximising later returns there. */
export function windowStateFrom(normalBounds: Rectangle, maximized: boolean): WindowState {
  return { x: Math.round(normalBounds.x), y: Math.round(normalBounds.y), width: Math.round(normalBounds.width), height: Math.round(normalBounds.height), maximized };
}
