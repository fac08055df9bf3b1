import { describe, expect, it, vi } from 'vitest';
import { claimSingleInstance } from '../../electron/singleInstance';

function fakeApp(gotLock: boolean) {
  const listeners = new Map<string, () => void>();
  return {
    app: {
      requestSingleInstanceLock: vi.fn().mockReturnValue(gotLock),
      quit: vi.fn(),
      on: vi.fn((event: string, listener: () => void) => listeners.set(event, listener)),
    },
    emit: (event: string) => listeners.get(event)?.(),
  };
}

function fakeWindow(minimized: boolean) {
  return {
    isMinimized: vi.fn().mockReturnValue(minimized),
    restore: vi.fn(),
    show: vi.fn(),
    focus: vi.fn(),
  };
}

describe('claimSingleInstance', () => {
  it('quits a second instance', () => {
    const { app } = fakeApp(false);
    expect(claimSingleInstance(app as never, () => undefined)).toBe(false);
    expect(app.quit).toHaveBeenCalled();
    expect(app.on).not.toHaveBeenCalled();
  });

  it('keeps the first instance and brings its window forward when another starts', () => {
    const { app, emit } = fakeApp(true);
    const window = fakeWindow(true);
    expect(claimSingleInstance(app as never, () => window as never)).toBe(true);
    expect(app.quit).not.toHaveBeenCalled();

    emit('second-instance');
    expect(window.restore).toHaveBeenCalled();
    expect(window.show).toHaveBeenCalled();
    expect(window.focus).toHaveBeenCalled();
  });

  it('does not restore a window that is not minimised, and copes with no window', () => {
    const { app, emit } = fakeApp(true);
    const window = fakeWindow(false);
    let current: ReturnType<typeof fakeWindow> | undefined = window;
    claimSingleInstance(app as never, () => current as never);
    emit('second-instance');
    expect(window.restore).not.toHaveBeenCalled();
    expect(window.focus).toHaveBeenCalledTimes(1);
    current = undefined;
    expect(() => emit('second-instance')).not.toThrow();
  });
});
