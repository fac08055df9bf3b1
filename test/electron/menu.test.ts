import type { MenuItemConstructorOptions } from 'electron';
import { describe, expect, it, vi } from 'vitest';
import { buildMenuTemplate } from '../../electron/menu';

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

const base = { appName: 'Liaison', onAbout: () => undefined };

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
