import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';

/** A rectangle in screen coordinates (DIPs), as Electron uses them. */
export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** Where the window stood when it was last closed. */
export interface WindowState {
  bounds: Rect;
  isMaximized: boolean;
}

/** Bounds to open with; without x/y Electron centres the window. */
export type WindowBounds = Partial<Pick<Rect, 'x' | 'y'>> & Pick<Rect, 'width' | 'height'>;

export const DEFAULT_SIZE = { width: 1280, height: 800 } as const;
export const MIN_SIZE = { width: 800, height: 560 } as const;

const finite = z.number().finite();
const windowStateSchema = z.object({
  bounds: z.object({ x: finite, y: finite, width: finite.positive(), height: finite.positive() }),
  isMaximized: z.boolean(),
});

function clamp(value: number, min: number, max: number): number {
  return Math.min(Math.max(value, min), Math.max(min, max));
}

function overlap(a: Rect, b: Rect): number {
  const width = Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x);
  const height = Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y);
  return width > 0 && height > 0 ? width * height : 0;
}

function fitSize(size: Pick<Rect, 'width' | 'height'>, area: Rect) {
  return {
    width: Math.round(clamp(size.width, Math.min(MIN_SIZE.width, area.width), area.width)),
    height: Math.round(clamp(size.height, Math.min(MIN_SIZE.height, area.height), area.height)),
  };
}

/**
 * Bounds for reopening the window: the saved ones moved and shrunk to lie
 * wholly on the display they overlap most. When they overlap none (a monitor
 * was unplugged) or nothing was saved, the window is centred on the primary
 * display (the first work area) with its size kept where it fits.
 */
export function restoreBounds(saved: Rect | undefined, workAreas: readonly Rect[]): WindowBounds {
  const primary = workAreas[0];
  if (!primary) return saved ? { width: saved.width, height: saved.height } : { ...DEFAULT_SIZE };
  if (!saved) return fitSize(DEFAULT_SIZE, primary);

  let best: Rect | undefined;
  let bestOverlap = 0;
  for (const area of workAreas) {
    const amount = overlap(saved, area);
    if (amount > bestOverlap) [best, bestOverlap] = [area, amount];
  }
  if (!best) return fitSize(saved, primary);

  const size = fitSize(saved, best);
  return {
    x: Math.round(clamp(saved.x, best.x, best.x + best.width - size.width)),
    y: Math.round(clamp(saved.y, best.y, best.y + best.height - size.height)),
    ...size,
  };
}

/** Reads the saved state; a missing or damaged file means "nothing saved". */
export function loadWindowState(filePath: string): WindowState | undefined {
  let text: string;
  try {
    text = readFileSync(filePath, 'utf8');
  } catch {
    return undefined;
  }
  try {
    const parsed = windowStateSchema.safeParse(JSON.parse(text));
    return parsed.success ? parsed.data : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Writes the state through a temporary file and a rename, so a crash mid-write
 * never leaves half a file. Synchronous: it runs while the window closes, when
 * the process may exit before an async write lands.
 */
export function saveWindowState(filePath: string, state: WindowState): void {
  mkdirSync(path.dirname(filePath), { recursive: true });
  const temporary = `${filePath}.tmp`;
  writeFileSync(temporary, JSON.stringify(state, null, 2));
  renameSync(temporary, filePath);
}
