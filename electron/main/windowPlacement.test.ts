import { describe, expect, it } from 'vitest';
import { boundsToRestore, windowStateFrom } from './windowPlacement';
import { DEFAULT_WINDOW_SIZE } from './windows';

const laptop = { x: 0, y: 0, width: 1920, height: 1040 };
const rightMonitor = { x: 1920, y: 0, width: 2560, height: 1400 };

describe('window placement', () => {
  it('opens at the default size the first time', () => {
    expect(boundsToRestore(undefined, [laptop])).toEqual(DEFAULT_WINDOW_SIZE);
  });
  it('puts the window back where it was', () => {
    expect(boundsToRestore({ x: 100, y: 50, width: 1300, height: 900, maximized: false }, [laptop])).toEqual({ x: 100, y: 50, width: 1300, height: 900 });
    expect(boundsToRestore({ x: 2000, y: 10, width: 1300, height: 900, maximized: false }, [laptop, rightMonitor])).toEqual({ x: 2000, y: 10, width: 1300, height: 900 });
  });
  it('centres it, keeping its size, when its screen is gone', () => {
    expect(boundsToRestore({ x: 2000, y: 10, width: 1300, height: 900, maximized: false }, [laptop])).toEqual({ width: 1300, height: 900 });
    expect(boundsToRestore({ x: -5000, y: -5000, width: 800, height: 600, maximized: false }, [laptop])).toEqual({ width: 800, height: 600 });
  });
  it('shrinks a window larger than every screen', () => {
    expect(boundsToRestore({ x: 0, y: 0, width: 4000, height: 3000, maximized: false }, [laptop])).toEqual({ x: 0, y: 0, width: 1920, height: 1040 });
  });
  it('saves whole pixels and the maximised flag', () => {
    expect(windowStateFrom({ x: 10.4, y: 20.6, width: 1000.2, height: 700.7 }, true)).toEqual({ x: 10, y: 21, width: 1000, height: 701, maximized: true });
  });
});
