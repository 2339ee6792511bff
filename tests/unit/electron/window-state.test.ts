import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it, vi } from 'vitest';
import {
  DEFAULT_SIZE,
  MIN_SIZE,
  centeredIn,
  fitToDisplays,
  intersection,
  loadWindowState,
  parseWindowState,
  saveWindowState,
  trackWindowState,
  type Rect,
} from '../../../electron/main/window-state';

const laptop: Rect = { x: 0, y: 0, width: 1440, height: 875 };
const rightMonitor: Rect = { x: 1440, y: 0, width: 2560, height: 1400 };

describe('fitToDisplays', () => {
  it('centres the default size on the primary display the first time', () => {
    expect(fitToDisplays(null, [laptop])).toEqual({
      x: (1440 - DEFAULT_SIZE.width) / 2,
      y: Math.round((875 - DEFAULT_SIZE.height) / 2),
      ...DEFAULT_SIZE,
    });
  });

  it('keeps a window that is fully visible exactly where it was', () => {
    const saved = { x: 1600, y: 100, width: 1200, height: 900 };
    expect(fitToDisplays(saved, [laptop, rightMonitor])).toEqual(saved);
  });

  it('moves a window from an unplugged monitor back to the primary display', () => {
    const saved = { x: 1600, y: 100, width: 1200, height: 800 };
    expect(fitToDisplays(saved, [laptop])).toEqual(centeredIn(laptop, saved));
  });

  it('treats a sliver on screen as off screen', () => {
    const saved = { x: 1400, y: 100, width: 1000, height: 700 }; // 40px visible on the laptop
    expect(fitToDisplays(saved, [laptop])).toEqual(centeredIn(laptop, saved));
  });

  it('shrinks a window larger than the display and pulls it inside', () => {
    const saved = { x: -50, y: -20, width: 2000, height: 1200 };
    expect(fitToDisplays(saved, [laptop])).toEqual({ x: 0, y: 0, width: 1440, height: 875 });
  });

  it('pulls a half off-screen window fully onto the display it overlaps most', () => {
    const saved = { x: 3500, y: 1000, width: 1000, height: 700 };
    expect(fitToDisplays(saved, [laptop, rightMonitor])).toEqual({
      x: 3000,
      y: 700,
      width: 1000,
      height: 700,
    });
  });

  it('grows a tiny saved window up to the minimum size', () => {
    const saved = { x: 10, y: 10, width: 200, height: 100 };
    expect(fitToDisplays(saved, [laptop])).toMatchObject(MIN_SIZE);
  });

  it('respects displays with negative coordinates (monitor left of the primary)', () => {
    const left: Rect = { x: -1920, y: 0, width: 1920, height: 1080 };
    const saved = { x: -1800, y: 50, width: 1000, height: 700 };
    expect(fitToDisplays(saved, [laptop, left])).toEqual(saved);
  });
});

describe('geometry helpers', () => {
  it('intersection is zero for disjoint rectangles', () => {
    expect(intersection(laptop, rightMonitor)).toEqual({ width: 0, height: 875 });
    expect(
      intersection({ x: 10, y: 10, width: 10, height: 10 }, { x: 15, y: 0, width: 100, height: 12 }),
    ).toEqual({
      width: 5,
      height: 2,
    });
  });
});

describe('parseWindowState', () => {
  it('accepts what saveWindowState writes and rejects damage', () => {
    const state = { bounds: { x: 1, y: 2, width: 1000, height: 700 }, maximized: true };
    expect(parseWindowState(state)).toEqual(state);
    expect(parseWindowState({ bounds: { x: 1, y: 2, width: -5, height: 700 }, maximized: false })).toBeNull();
    expect(parseWindowState({ bounds: { x: 'a', y: 2, width: 5, height: 7 }, maximized: false })).toBeNull();
    expect(parseWindowState({ bounds: { x: 1e12, y: 2, width: 5, height: 7 }, maximized: false })).toBeNull();
    expect(parseWindowState(null)).toBeNull();
  });
});

describe('the state file', () => {
  const dir = mkdtempSync(join(tmpdir(), 'tezgah-window-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('round-trips and survives a damaged file', () => {
    const file = join(dir, 'nested', 'window-state.json');
    expect(loadWindowState(file)).toBeNull();
    const state = { bounds: { x: 5, y: 6, width: 1100, height: 750 }, maximized: false };
    saveWindowState(file, state);
    expect(loadWindowState(file)).toEqual(state);
    writeFileSync(file, '{"bounds": ');
    expect(loadWindowState(file)).toBeNull();
  });

  it('saves the normal bounds when the window closes', () => {
    const file = join(dir, 'tracked.json');
    let onClose: (() => void) | undefined;
    const win = {
      on: vi.fn((_event: 'close', listener: () => void) => (onClose = listener)),
      getNormalBounds: () => ({ x: 20, y: 30, width: 1000, height: 700 }),
      isMaximized: () => true,
    };
    trackWindowState(win, file);
    expect(win.on).toHaveBeenCalledWith('close', expect.any(Function));
    onClose?.();
    expect(JSON.parse(readFileSync(file, 'utf8'))).toEqual({
      bounds: { x: 20, y: 30, width: 1000, height: 700 },
      maximized: true,
    });
  });
});
