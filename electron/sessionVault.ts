import { mkdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { safeStorage as electronSafeStorage, type SafeStorage } from 'electron';
import { errorMessage } from '../shared/text/errorMessage';
import { IpcError, type ChannelHandlers } from './ipcHandlers';

/** What the vault needs of Electron's `safeStorage`. */
export type SessionCipher = Pick<
  SafeStorage,
  'isEncryptionAvailable' | 'encryptString' | 'decryptString'
> &
  Partial<Pick<SafeStorage, 'getSelectedStorageBackend'>>;

export interface SessionVaultOptions {
  /** Where the encrypted session goes: `<userData>/session.bin` in the app. */
  filePath: string;
  /** Electron's safeStorage unless a test passes its own. */
  cipher?: SessionCipher;
  /** `process.platform` unless a test passes its own. */
  platform?: NodeJS.Platform;
}

/** The stored session, kept only in encrypted form. */
export interface SessionVault {
  load(): Promise<string | null>;
  save(value: string): Promise<void>;
  clear(): Promise<void>;
}

/**
 * Why the OS keychain cannot protect the session, or null when it can. On
 * Linux without a keyring (no GNOME Keyring or KWallet) Electron falls back to
 * `basic_text`, a key built into Chromium: that is plain text in disguise, so
 * it counts as unavailable too.
 */
export function encryptionUnavailableReason(
  cipher: SessionCipher,
  platform: NodeJS.Platform,
): string | null {
  if (!cipher.isEncryptionAvailable()) {
    return 'This computer offers no keychain to protect the sign-in, so Liaison will not store it.';
  }
  if (platform === 'linux' && cipher.getSelectedStorageBackend?.() === 'basic_text') {
    return 'No keyring (such as GNOME Keyring or KWallet) is running, so Liaison will not store the sign-in in plain text.';
  }
  return null;
}

const isMissing = (error: unknown) => (error as NodeJS.ErrnoException | null)?.code === 'ENOENT';

/**
 * The session (with its bearer token) in `filePath`, encrypted with
 * `safeStorage`, the OS keychain's key. Saving refuses to write plain text;
 * a file that cannot be decrypted (another user, a reinstalled keychain)
 * reads as signed out.
 */
export function createSessionVault(options: SessionVaultOptions): SessionVault {
  const cipher = options.cipher ?? electronSafeStorage;
  const platform = options.platform ?? process.platform;
  const { filePath } = options;

  return {
    async load() {
      let bytes: Buffer;
      try {
        bytes = await readFile(filePath);
      } catch (error) {
        if (isMissing(error)) return null;
        throw new IpcError(
          'SESSION_STORE_FAILED',
          `Could not read the stored sign-in: ${errorMessage(error)}`,
        );
      }
      if (!cipher.isEncryptionAvailable()) return null;
      try {
        return cipher.decryptString(bytes);
      } catch {
        return null;
      }
    },

    async save(value) {
      const reason = encryptionUnavailableReason(cipher, platform);
      if (reason) throw new IpcError('SESSION_NOT_ENCRYPTED', reason);
      const encrypted = cipher.encryptString(value);
      // Written beside the target and renamed over it: a crash never leaves half a file.
      const partial = `${filePath}.${process.pid}.tmp`;
      try {
        await mkdir(path.dirname(filePath), { recursive: true });
        await writeFile(partial, encrypted, { mode: 0o600 });
        await rename(partial, filePath);
      } catch (error) {
        await rm(partial, { force: true }).catch(() => undefined);
        throw new IpcError(
          'SESSION_STORE_FAILED',
          `Could not store the sign-in: ${errorMessage(error)}`,
        );
      }
    },

    async clear() {
      try {
        await rm(filePath, { force: true });
      } catch (error) {
        throw new IpcError(
          'SESSION_STORE_FAILED',
          `Could not forget the sign-in: ${errorMessage(error)}`,
        );
      }
    },
  };
}

/** The session channels' handlers, on a vault (main registers them with the others). */
export function sessionHandlers(
  vault: SessionVault,
): Pick<
  ChannelHandlers,
  'liaison:session.load' | 'liaison:session.save' | 'liaison:session.clear'
> {
  return {
    'liaison:session.load': () => vault.load(),
    'liaison:session.save': ([value]) => vault.save(value),
    'liaison:session.clear': () => vault.clear(),
  };
}
