import type { MenuItemConstructorOptions } from 'electron';
import { describe, expect, it, vi } from 'vitest';
import { buildMenuTemplate, sendMenuCommand, SYNC_NOW_ACCELERATOR } from '../../electron/menu';

function roles(items: MenuItemConstructorOptions[]): string[] {
  return items.flatMap((item) => [
    ...(item.role ? [item.role] : []),
    ...(Array.isArray(item.submenu) ? roles(item.submenu) : []),
  ]);
}

function menu(label: string, template: MenuItemConstructorOptions[]) {
  const found = template.find((item) => item.label?.replace('&', '') === label);
  return (found?.submenu ?? []) as MenuItemConstructorOptions[];
}

const base = { appName: 'Liaison', onAbout: () => undefined, onCommand: () => undefined };

describe('buildMenuTemplate', () => {
  it('has File, Edit, View, Window and Help', () => {
    const labels = buildMenuTemplate({ ...base, isMac: false, isDev: false }).map((item) =>
      item.label?.replace('&', ''),
    );
    expect(labels).toEqual(['File', 'Edit', 'View', 'Window', 'Help']);
  });

  it('puts Quit in File and the edit roles in Edit', () => {
    const template = buildMenuTemplate({ ...base, isMac: false, isDev: false });
    expect(roles(menu('File', template))).toEqual(['quit']);
    expect(roles(menu('Edit', template))).toEqual(
      expect.arrayContaining(['undo', 'redo', 'cut', 'copy', 'paste', 'selectAll']),
    );
  });

  it('offers reload and developer tools only in development', () => {
    const shipped = roles(buildMenuTemplate({ ...base, isMac: false, isDev: false }));
    const dev = roles(buildMenuTemplate({ ...base, isMac: false, isDev: true }));
    for (const role of ['reload', 'forceReload', 'toggleDevTools']) {
      expect(shipped).not.toContain(role);
      expect(dev).toContain(role);
    }
    expect(shipped).toEqual(expect.arrayContaining(['zoomIn', 'zoomOut', 'resetZoom']));
  });

  it('opens About from Help', () => {
    const onAbout = vi.fn();
    const about = menu(
      'Help',
      buildMenuTemplate({ ...base, onAbout, isMac: false, isDev: false }),
    )[0];
    expect(about?.label).toBe('About Liaison');
    about?.click?.(undefined as never, undefined, undefined as never);
    expect(onAbout).toHaveBeenCalled();
  });

  it('follows macOS conventions: an app menu with Quit, Close in File', () => {
    const template = buildMenuTemplate({ ...base, isMac: true, isDev: false });
    expect(template[0]?.label).toBe('Liaison');
    expect(roles([template[0] ?? {}])).toContain('quit');
    expect(roles(menu('File', template))).toEqual(['close']);
  });
});

describe('Sync now', () => {
  it.each([false, true])(
    'is the first item of File (macOS: %s), with Cmd/Ctrl+Shift+S',
    (isMac) => {
      const onCommand = vi.fn();
      const [item] = menu('File', buildMenuTemplate({ ...base, onCommand, isMac, isDev: false }));
      expect(item?.label?.replace('&', '')).toBe('Sync Now');
      expect(item?.accelerator).toBe('CmdOrCtrl+Shift+S');
      expect(SYNC_NOW_ACCELERATOR).toBe('CmdOrCtrl+Shift+S');
      item?.click?.(undefined as never, undefined, undefined as never);
      expect(onCommand).toHaveBeenCalledWith('syncNow');
    },
  );
});

describe('sendMenuCommand', () => {
  function windowWith(destroyed = false) {
    return { webContents: { send: vi.fn(), isDestroyed: vi.fn(() => destroyed) } };
  }

  it('sends the command to the window’s renderer on the liaison:menu.command channel', () => {
    const target = windowWith();
    expect(sendMenuCommand(target, 'syncNow')).toBe(true);
    expect(target.webContents.send).toHaveBeenCalledWith('liaison:menu.command', 'syncNow');
  });

  it('does nothing without a live window', () => {
    const gone = windowWith(true);
    expect(sendMenuCommand(gone, 'syncNow')).toBe(false);
    expect(gone.webContents.send).not.toHaveBeenCalled();
    expect(sendMenuCommand(null, 'syncNow')).toBe(false);
    expect(sendMenuCommand(undefined, 'syncNow')).toBe(false);
  });
});
