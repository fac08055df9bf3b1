import { existsSync } from 'node:fs';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { registerIpcHandlers, type InvokeEvent } from '../../electron/ipcHandlers';
import { APP_ORIGIN } from '../../electron/security';
import { createSessionVault, sessionHandlers } from '../../electron/sessionVault';

// vi.mock is hoisted above the imports: the vault gets this safeStorage.
// A stand-in for the OS keychain: "encrypts" by reversing the base64 of the
// text behind a marker, so a test can tell a protected file from plain text.
const electron = vi.hoisted(() => {
  const seal = (text: string) =>
    Buffer.from(`sealed:${[...Buffer.from(text).toString('base64')].reverse().join('')}`);
  const open = (bytes: Buffer) => {
    const text = bytes.toString();
    if (!text.startsWith('sealed:')) throw new Error('Error while decrypting the ciphertext');
    return Buffer.from([...text.slice(7)].reverse().join(''), 'base64').toString();
  };
  return {
    safeStorage: {
      isEncryptionAvailable: vi.fn(() => true),
      encryptString: vi.fn(seal),
      decryptString: vi.fn(open),
      getSelectedStorageBackend: vi.fn(() => 'gnome_libsecret'),
    },
  };
});
vi.mock('electron', () => electron);

const session = JSON.stringify({
  serverUrl: 'https://liaison.birmingham.example',
  token: 'secret-bearer-token-0123456789',
  expiresAt: '2025-07-01T09:00:00.000Z',
  user: { id: 'u1', email: 'sarah@birmingham.example', name: 'Sarah' },
  workspace: { id: 'w1', name: 'Birmingham International', role: 'editor' },
});

let dir: string;
let filePath: string;

beforeEach(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'liaison-session-'));
  filePath = path.join(dir, 'session.bin');
  electron.safeStorage.isEncryptionAvailable.mockReturnValue(true);
  electron.safeStorage.getSelectedStorageBackend.mockReturnValue('gnome_libsecret');
  vi.clearAllMocks();
});

afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('createSessionVault', () => {
  it('round-trips the session through safeStorage and never writes the token in plain text', async () => {
    const vault = createSessionVault({ filePath, platform: 'linux' });
    await vault.save(session);

    const stored = await readFile(filePath);
    expect(stored.toString()).not.toContain('secret-bearer-token');
    expect(electron.safeStorage.encryptString).toHaveBeenCalledWith(session);
    await expect(vault.load()).resolves.toBe(session);
    expect(electron.safeStorage.decryptString).toHaveBeenCalledWith(stored);
  });

  it('reads no session when none was saved', async () => {
    await expect(createSessionVault({ filePath }).load()).resolves.toBeNull();
  });

  it('refuses to save when encryption is unavailable, writing nothing', async () => {
    electron.safeStorage.isEncryptionAvailable.mockReturnValue(false);
    const vault = createSessionVault({ filePath, platform: 'win32' });
    await expect(vault.save(session)).rejects.toThrow(
      /^\[SESSION_NOT_ENCRYPTED\] This computer offers no keychain/,
    );
    expect(electron.safeStorage.encryptString).not.toHaveBeenCalled();
    expect(existsSync(filePath)).toBe(false);
  });

  it('refuses Linux’s basic_text backend, which is plain text in disguise', async () => {
    electron.safeStorage.getSelectedStorageBackend.mockReturnValue('basic_text');
    const vault = createSessionVault({ filePath, platform: 'linux' });
    await expect(vault.save(session)).rejects.toThrow(/\[SESSION_NOT_ENCRYPTED\] No keyring/);
    expect(existsSync(filePath)).toBe(false);
    // On other systems the backend question does not arise.
    await expect(createSessionVault({ filePath, platform: 'darwin' }).save(session)).resolves.toBe(
      undefined,
    );
  });

  it('reads a file it cannot decrypt (another keychain, damage) as signed out', async () => {
    await writeFile(filePath, 'not sealed');
    await expect(createSessionVault({ filePath }).load()).resolves.toBeNull();
    electron.safeStorage.isEncryptionAvailable.mockReturnValue(false);
    await expect(createSessionVault({ filePath }).load()).resolves.toBeNull();
  });

  it('clears the stored session, also when there is none', async () => {
    const vault = createSessionVault({ filePath, platform: 'linux' });
    await vault.save(session);
    await vault.clear();
    expect(existsSync(filePath)).toBe(false);
    await expect(vault.load()).resolves.toBeNull();
    await expect(vault.clear()).resolves.toBeUndefined();
  });

  it('replaces an earlier session', async () => {
    const vault = createSessionVault({ filePath, platform: 'linux' });
    await vault.save(session);
    await vault.save(session.replace('secret-bearer-token', 'renewed-token'));
    await expect(vault.load()).resolves.toContain('renewed-token');
  });
});

describe('session channels', () => {
  function eventFrom(url: string): InvokeEvent {
    return { senderFrame: { url }, sender: {} } as unknown as InvokeEvent;
  }

  /** The session handlers as main registers them, with the rest of the contract stubbed. */
  function registered() {
    const handle = vi.fn();
    registerIpcHandlers(
      { handle },
      {
        'liaison:app.getVersion': () => '0.1.0',
        'liaison:files.save': () => ({ status: 'cancelled' as const }),
        ...sessionHandlers(createSessionVault({ filePath, platform: 'linux' })),
      },
      [APP_ORIGIN],
    );
    const handlers = new Map(handle.mock.calls as [string, (...args: unknown[]) => unknown][]);
    return (channel: string, url: string, ...args: unknown[]) => {
      const handler = handlers.get(channel);
      if (!handler) throw new Error(`no handler for ${channel}`);
      return handler(eventFrom(url), ...args) as Promise<unknown>;
    };
  }

  it('saves, loads and clears for the app’s own page', async () => {
    const call = registered();
    const page = 'app://liaison/index.html';
    await expect(call('liaison:session.save', page, session)).resolves.toBeUndefined();
    await expect(call('liaison:session.load', page)).resolves.toBe(session);
    await call('liaison:session.clear', page);
    await expect(call('liaison:session.load', page)).resolves.toBeNull();
  });

  it.each(['https://evil.example/', 'file:///tmp/page.html'])(
    'refuses every session call from %s',
    async (url) => {
      const call = registered();
      await call('liaison:session.save', 'app://liaison/', session);
      for (const [channel, args] of [
        ['liaison:session.load', []],
        ['liaison:session.save', ['{"token":"stolen"}']],
        ['liaison:session.clear', []],
      ] as const) {
        await expect(call(channel, url, ...args)).rejects.toThrow(/\[IPC_UNTRUSTED_SENDER\]/);
      }
      expect(electron.safeStorage.decryptString).not.toHaveBeenCalled();
      await expect(call('liaison:session.load', 'app://liaison/')).resolves.toBe(session);
    },
  );

  it.each([
    ['no value', []],
    ['a number', [42]],
    ['an object', [{ token: 'x' }]],
    ['an empty string', ['']],
    ['a value over the size limit', ['x'.repeat(16 * 1024 + 1)]],
    ['an extra argument', [session, 'more']],
  ])('refuses to save %s', async (_label, args) => {
    const call = registered();
    await expect(call('liaison:session.save', 'app://liaison/', ...args)).rejects.toThrow(
      /\[IPC_INVALID_PAYLOAD\] liaison:session\.save/,
    );
    expect(existsSync(filePath)).toBe(false);
  });

  it('passes the refusal to store in plain text on to the renderer', async () => {
    electron.safeStorage.isEncryptionAvailable.mockReturnValue(false);
    const call = registered();
    await expect(call('liaison:session.save', 'app://liaison/', session)).rejects.toThrow(
      /\[SESSION_NOT_ENCRYPTED\]/,
    );
  });
});
