import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

type Listener = (...args: unknown[]) => void;

const electron = vi.hoisted(() => {
  class FakeWebContents {
    listeners = new Map<string, Listener>();
    windowOpenHandler: ((details: { url: string }) => unknown) | undefined;
    on(event: string, listener: Listener) {
      this.listeners.set(event, listener);
      return this;
    }
    setWindowOpenHandler(handler: (details: { url: string }) => unknown) {
      this.windowOpenHandler = handler;
    }
  }
  class FakeBrowserWindow {
    static instances: FakeBrowserWindow[] = [];
    webContents = new FakeWebContents();
    listeners = new Map<string, Listener>();
    loadURL = vi.fn().mockResolvedValue(undefined);
    show = vi.fn();
    maximize = vi.fn();
    isMaximized = vi.fn().mockReturnValue(true);
    getNormalBounds = vi.fn().mockReturnValue({ x: 10, y: 20, width: 1000, height: 700 });
    constructor(readonly options: Record<string, unknown>) {
      FakeBrowserWindow.instances.push(this);
    }
    on(event: string, listener: Listener) {
      this.listeners.set(event, listener);
      return this;
    }
    once(event: string, listener: Listener) {
      return this.on(event, listener);
    }
  }
  const workArea = { x: 0, y: 0, width: 1920, height: 1040 };
  return {
    BrowserWindow: FakeBrowserWindow,
    screen: {
      getPrimaryDisplay: () => ({ workArea }),
      getAllDisplays: () => [{ workArea }],
    },
    shell: { openExternal: vi.fn().mockResolvedValue(undefined) },
  };
});
vi.mock('electron', () => electron);

const { createMainWindow, secureWebPreferences } = await import('../../electron/mainWindow');

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'liaison-window-'));
  electron.BrowserWindow.instances.length = 0;
  electron.shell.openExternal.mockClear();
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const open = () =>
  createMainWindow({
    preloadPath: '/app/dist/electron/preload.cjs',
    url: 'app://liaison/',
    stateFile: path.join(dir, 'window-state.json'),
  });

describe('createMainWindow', () => {
  it('creates the window with the secure webPreferences', () => {
    open();
    const [window] = electron.BrowserWindow.instances;
    expect(window?.options.webPreferences).toEqual(
      expect.objectContaining({
        preload: '/app/dist/electron/preload.cjs',
        contextIsolation: true,
        sandbox: true,
        nodeIntegration: false,
        nodeIntegrationInWorker: false,
        nodeIntegrationInSubFrames: false,
        webSecurity: true,
        allowRunningInsecureContent: false,
        webviewTag: false,
      }),
    );
    expect(window?.options.webPreferences).toEqual(
      secureWebPreferences('/app/dist/electron/preload.cjs'),
    );
  });

  it('loads the app URL and shows the window only when ready', () => {
    open();
    const [window] = electron.BrowserWindow.instances;
    expect(window?.loadURL).toHaveBeenCalledWith('app://liaison/');
    expect(window?.options.show).toBe(false);
    expect(window?.show).not.toHaveBeenCalled();
    window?.listeners.get('ready-to-show')?.();
    expect(window?.show).toHaveBeenCalled();
  });

  it('denies window.open and hands https links to the system browser', () => {
    open();
    const contents = electron.BrowserWindow.instances[0]?.webContents;
    expect(contents?.windowOpenHandler?.({ url: 'https://www.leipzig.de/' })).toEqual({
      action: 'deny',
    });
    expect(contents?.windowOpenHandler?.({ url: 'app://liaison/popup' })).toEqual({
      action: 'deny',
    });
    expect(electron.shell.openExternal).toHaveBeenCalledTimes(1);
    expect(electron.shell.openExternal).toHaveBeenCalledWith('https://www.leipzig.de/');
  });

  it('blocks navigation away from the app', () => {
    open();
    const contents = electron.BrowserWindow.instances[0]?.webContents;
    const event = { url: 'https://evil.example/', preventDefault: vi.fn() };
    contents?.listeners.get('will-navigate')?.(event, event.url);
    expect(event.preventDefault).toHaveBeenCalled();
  });

  it('reopens where it was left and remembers where it is closed', () => {
    const stateFile = path.join(dir, 'window-state.json');
    writeFileSync(
      stateFile,
      JSON.stringify({ bounds: { x: 100, y: 80, width: 1100, height: 760 }, isMaximized: true }),
    );
    open();
    const [window] = electron.BrowserWindow.instances;
    expect(window?.options).toEqual(
      expect.objectContaining({ x: 100, y: 80, width: 1100, height: 760 }),
    );
    window?.listeners.get('ready-to-show')?.();
    expect(window?.maximize).toHaveBeenCalled();

    window?.listeners.get('close')?.();
    expect(JSON.parse(readFileSync(stateFile, 'utf8'))).toEqual({
      bounds: { x: 10, y: 20, width: 1000, height: 700 },
      isMaximized: true,
    });
  });
});
