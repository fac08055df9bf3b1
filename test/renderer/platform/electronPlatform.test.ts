import { afterEach, describe, expect, it, vi } from 'vitest';
import type { LiaisonBridge, MenuCommand } from '../../../shared/ipc/contract';
import type { StoredSession } from '../../../renderer/platform/session';
import { createElectronPlatform } from '../../../renderer/platform/electronPlatform';
import { detectPlatform, PlatformError } from '../../../renderer/platform';

function fakeBridge() {
  const menuListeners = new Set<(command: MenuCommand) => void>();
  return {
    app: { getVersion: vi.fn().mockResolvedValue('0.1.0') },
    files: { save: vi.fn().mockResolvedValue({ status: 'saved', path: '/home/a/x.vcf' }) },
    session: {
      load: vi.fn<() => Promise<string | null>>().mockResolvedValue(null),
      save: vi.fn<(value: string) => Promise<void>>().mockResolvedValue(undefined),
      clear: vi.fn<() => Promise<void>>().mockResolvedValue(undefined),
    },
    onMenuCommand: vi.fn((listener: (command: MenuCommand) => void) => {
      menuListeners.add(listener);
      return () => void menuListeners.delete(listener);
    }),
    /** What main's webContents.send would deliver through the preload. */
    sendMenuCommand: (command: MenuCommand) =>
      menuListeners.forEach((listener) => listener(command)),
  } satisfies LiaisonBridge & { sendMenuCommand: unknown };
}

const storedSession: StoredSession = {
  serverUrl: 'https://liaison.birmingham.example',
  token: 'bearer-token',
  expiresAt: '2025-07-01T09:00:00.000Z',
  user: { id: 'u1', email: 'sarah@birmingham.example', name: 'Sarah' },
  workspace: { id: 'w1', name: 'Birmingham International', role: 'editor' },
};

afterEach(() => {
  delete window.liaison;
});

describe('createElectronPlatform', () => {
  it('asks the bridge for the version', async () => {
    const bridge = fakeBridge();
    const platform = createElectronPlatform(bridge);
    expect(platform.kind).toBe('electron');
    await expect(platform.getAppVersion()).resolves.toBe('0.1.0');
    expect(bridge.app.getVersion).toHaveBeenCalledTimes(1);
  });

  it('hands the save request to the bridge and returns its result', async () => {
    const bridge = fakeBridge();
    const request = { suggestedName: 'x.vcf', data: 'BEGIN:VCARD' };
    await expect(createElectronPlatform(bridge).saveFile(request)).resolves.toEqual({
      status: 'saved',
      path: '/home/a/x.vcf',
    });
    expect(bridge.files.save).toHaveBeenCalledWith(request);
  });

  it('turns an IPC failure into a PlatformError with its code', async () => {
    const bridge = fakeBridge();
    bridge.files.save.mockRejectedValue(
      new Error(
        "Error invoking remote method 'liaison:files.save': Error: [SAVE_WRITE_FAILED] Could not write /x: EACCES",
      ),
    );
    const failure = createElectronPlatform(bridge).saveFile({ suggestedName: 'x', data: '' });
    await expect(failure).rejects.toBeInstanceOf(PlatformError);
    await expect(failure).rejects.toMatchObject({
      code: 'SAVE_WRITE_FAILED',
      message: 'Could not write /x: EACCES',
    });
  });
});

describe('the Electron session store', () => {
  it('saves the session as JSON through the bridge and reads it back', async () => {
    const bridge = fakeBridge();
    const { sessionStore } = createElectronPlatform(bridge);
    await sessionStore.save(storedSession);
    const [saved] = bridge.session.save.mock.lastCall ?? [];
    expect(JSON.parse(saved ?? '')).toEqual(storedSession);

    bridge.session.load.mockResolvedValueOnce(saved ?? null);
    await expect(sessionStore.load()).resolves.toEqual(storedSession);
    await sessionStore.clear();
    expect(bridge.session.clear).toHaveBeenCalled();
  });

  it('reads nothing, or something damaged, as signed out', async () => {
    const bridge = fakeBridge();
    const { sessionStore } = createElectronPlatform(bridge);
    await expect(sessionStore.load()).resolves.toBeNull();
    bridge.session.load.mockResolvedValueOnce('{"token": 1}');
    await expect(sessionStore.load()).resolves.toBeNull();
  });

  it('reports main’s refusal to store the token unencrypted as a PlatformError', async () => {
    const bridge = fakeBridge();
    bridge.session.save.mockRejectedValue(
      new Error(
        "Error invoking remote method 'liaison:session.save': Error: [SESSION_NOT_ENCRYPTED] This computer offers no keychain",
      ),
    );
    const failure = createElectronPlatform(bridge).sessionStore.save(storedSession);
    await expect(failure).rejects.toBeInstanceOf(PlatformError);
    await expect(failure).rejects.toMatchObject({ code: 'SESSION_NOT_ENCRYPTED' });
  });
});

describe('onMenuCommand', () => {
  it('calls the listener for its command until unsubscribed', () => {
    const bridge = fakeBridge();
    const listener = vi.fn();
    const unsubscribe = createElectronPlatform(bridge).onMenuCommand('syncNow', listener);
    bridge.sendMenuCommand('syncNow');
    expect(listener).toHaveBeenCalledTimes(1);
    unsubscribe();
    bridge.sendMenuCommand('syncNow');
    expect(listener).toHaveBeenCalledTimes(1);
  });
});

describe('detectPlatform', () => {
  it('picks Electron when the preload bridge is present', async () => {
    const bridge = fakeBridge();
    window.liaison = bridge;
    const platform = detectPlatform();
    expect(platform.kind).toBe('electron');
    await platform.getAppVersion();
    expect(bridge.app.getVersion).toHaveBeenCalled();
  });

  it('picks the web platform in a plain browser', () => {
    expect(detectPlatform().kind).toBe('web');
  });
});
