import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type * as StartupModule from '../../../renderer/services/startup';

type Startup = typeof StartupModule;

/** The module afresh: its state (has the frame shown?) lasts a page's life. */
async function freshStartup(): Promise<Startup> {
  vi.resetModules();
  return import('../../../renderer/services/startup');
}

describe('afterFirstScreen', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('holds work back until the frame has shown and settled, then runs it once', async () => {
    const { afterFirstScreen, frameShown } = await freshStartup();
    const task = vi.fn();
    afterFirstScreen(task);
    await vi.advanceTimersByTimeAsync(3000);
    expect(task).not.toHaveBeenCalled();

    frameShown();
    await vi.advanceTimersByTimeAsync(100);
    expect(task).not.toHaveBeenCalled();
    await vi.advanceTimersByTimeAsync(1000);
    expect(task).toHaveBeenCalledTimes(1);

    // Showing the frame again (a remount) runs nothing twice.
    frameShown();
    await vi.advanceTimersByTimeAsync(10_000);
    expect(task).toHaveBeenCalledTimes(1);
  });

  it('runs work asked for after the screen settled on the next turn', async () => {
    const { afterFirstScreen, frameShown } = await freshStartup();
    frameShown();
    await vi.advanceTimersByTimeAsync(2000);
    const late = vi.fn();
    afterFirstScreen(late);
    expect(late).not.toHaveBeenCalled();
    await vi.advanceTimersByTimeAsync(0);
    expect(late).toHaveBeenCalledTimes(1);
  });

  it('lets a frame shown again (another workspace) settle before the work runs', async () => {
    const { afterFirstScreen, frameShown } = await freshStartup();
    const task = vi.fn();
    frameShown();
    afterFirstScreen(task);
    await vi.advanceTimersByTimeAsync(400);
    frameShown();
    await vi.advanceTimersByTimeAsync(400);
    expect(task).not.toHaveBeenCalled();
    await vi.advanceTimersByTimeAsync(400);
    expect(task).toHaveBeenCalledTimes(1);
  });

  it('still runs the work when the frame never shows (a store that failed to open)', async () => {
    const { afterFirstScreen } = await freshStartup();
    const task = vi.fn();
    afterFirstScreen(task);
    await vi.advanceTimersByTimeAsync(4000);
    expect(task).not.toHaveBeenCalled();
    await vi.advanceTimersByTimeAsync(2000);
    expect(task).toHaveBeenCalledTimes(1);
  });

  it('drops work cancelled before it ran, and only that', async () => {
    const { afterFirstScreen, frameShown } = await freshStartup();
    const kept = vi.fn();
    const dropped = vi.fn();
    afterFirstScreen(kept);
    const cancel = afterFirstScreen(dropped);
    cancel();
    frameShown();
    await vi.advanceTimersByTimeAsync(5000);
    expect(kept).toHaveBeenCalledTimes(1);
    expect(dropped).not.toHaveBeenCalled();
  });
});
