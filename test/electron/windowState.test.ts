import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  DEFAULT_SIZE,
  loadWindowState,
  MIN_SIZE,
  restoreBounds,
  saveWindowState,
} from '../../electron/windowState';

const laptop = { x: 0, y: 0, width: 1440, height: 870 };
const external = { x: 1440, y: -200, width: 2560, height: 1400 };

describe('restoreBounds', () => {
  it('keeps bounds that fit on a display', () => {
    const saved = { x: 100, y: 50, width: 1200, height: 800 };
    expect(restoreBounds(saved, [laptop])).toEqual(saved);
  });

  it('keeps a window on a second display', () => {
    const saved = { x: 2000, y: 0, width: 1600, height: 1000 };
    expect(restoreBounds(saved, [laptop, external])).toEqual(saved);
  });

  it('centres on the primary display when the saved display is gone', () => {
    const saved = { x: 2000, y: 0, width: 1600, height: 1000 };
    expect(restoreBounds(saved, [laptop])).toEqual({ width: 1440, height: 870 });
  });

  it('pulls a window hanging off the edge back on screen', () => {
    expect(restoreBounds({ x: 1000, y: 700, width: 800, height: 600 }, [laptop])).toEqual({
      x: 640,
      y: 270,
      width: 800,
      height: 600,
    });
    expect(restoreBounds({ x: -300, y: -50, width: 900, height: 600 }, [laptop])).toEqual({
      x: 0,
      y: 0,
      width: 900,
      height: 600,
    });
  });

  it('shrinks a window larger than its display', () => {
    expect(restoreBounds({ x: 10, y: 10, width: 3000, height: 2000 }, [laptop])).toEqual({
      x: 0,
      y: 0,
      width: 1440,
      height: 870,
    });
  });

  it('grows a tiny window to the minimum size', () => {
    expect(restoreBounds({ x: 10, y: 10, width: 50, height: 40 }, [laptop])).toEqual({
      x: 10,
      y: 10,
      ...MIN_SIZE,
    });
  });

  it('picks the display the window overlaps most', () => {
    const saved = { x: 1300, y: 100, width: 1000, height: 700 };
    const restored = restoreBounds(saved, [laptop, external]);
    expect(restored.x).toBe(1440);
    expect(restored.width).toBe(1000);
  });

  it('uses the default size, centred, when nothing was saved', () => {
    expect(restoreBounds(undefined, [external])).toEqual(DEFAULT_SIZE);
    expect(restoreBounds(undefined, [{ x: 0, y: 0, width: 1024, height: 700 }])).toEqual({
      width: 1024,
      height: 700,
    });
  });
});

describe('loadWindowState and saveWindowState', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(path.join(tmpdir(), 'liaison-state-'));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('round-trips the state through a JSON file', () => {
    const file = path.join(dir, 'nested', 'window-state.json');
    const state = { bounds: { x: 1, y: 2, width: 900, height: 700 }, isMaximized: false };
    saveWindowState(file, state);
    expect(JSON.parse(readFileSync(file, 'utf8'))).toEqual(state);
    expect(loadWindowState(file)).toEqual(state);
  });

  it('treats a missing, broken or wrongly shaped file as nothing saved', () => {
    expect(loadWindowState(path.join(dir, 'none.json'))).toBeUndefined();
    const broken = path.join(dir, 'broken.json');
    writeFileSync(broken, '{"bounds": ');
    expect(loadWindowState(broken)).toBeUndefined();
    const wrong = path.join(dir, 'wrong.json');
    writeFileSync(wrong, JSON.stringify({ bounds: { x: 'a' }, isMaximized: 'yes' }));
    expect(loadWindowState(wrong)).toBeUndefined();
  });
});
