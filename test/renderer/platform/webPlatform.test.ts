import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createWebPlatform } from '../../../renderer/platform/webPlatform';

interface Download {
  download: string;
  href: string;
  inDocument: boolean;
}

let blobs: Map<string, Blob>;

// jsdom's Blob has no text() or arrayBuffer(); its FileReader does the reading.
function readBytes(blob: Blob | undefined): Promise<Uint8Array> {
  return new Promise((resolve, reject) => {
    if (!blob) return reject(new Error('no blob was created'));
    const reader = new FileReader();
    reader.onload = () => resolve(new Uint8Array(reader.result as ArrayBuffer));
    reader.onerror = () => reject(reader.error ?? new Error('could not read the blob'));
    reader.readAsArrayBuffer(blob);
  });
}
let downloads: Download[];

beforeEach(() => {
  blobs = new Map();
  downloads = [];
  // jsdom has no object URLs: record the Blob behind each one.
  URL.createObjectURL = vi.fn((blob: Blob) => {
    const url = `blob:liaison/${blobs.size + 1}`;
    blobs.set(url, blob);
    return url;
  });
  URL.revokeObjectURL = vi.fn((url: string) => void blobs.delete(url));
  vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (
    this: HTMLAnchorElement,
  ) {
    downloads.push({ download: this.download, href: this.href, inDocument: this.isConnected });
  });
});

afterEach(() => {
  vi.useRealTimers();
  vi.restoreAllMocks();
});

describe('createWebPlatform', () => {
  it('says it is the web platform', () => {
    expect(createWebPlatform().kind).toBe('web');
  });

  it('reports the version it was built with', async () => {
    await expect(createWebPlatform({ version: '1.2.3' }).getAppVersion()).resolves.toBe('1.2.3');
  });

  it('saves text by clicking a download link with the suggested name and the text', async () => {
    const platform = createWebPlatform();
    const result = await platform.saveFile({
      suggestedName: 'contacts.vcf',
      data: 'BEGIN:VCARD\r\nFN:Åsa Ödegaard\r\nEND:VCARD',
    });

    expect(result).toEqual({ status: 'saved', path: 'contacts.vcf' });
    expect(downloads).toHaveLength(1);
    const [download] = downloads;
    expect(download?.download).toBe('contacts.vcf');
    expect(download?.inDocument).toBe(true);
    const bytes = await readBytes(blobs.get(download?.href ?? ''));
    expect(new TextDecoder().decode(bytes)).toBe('BEGIN:VCARD\r\nFN:Åsa Ödegaard\r\nEND:VCARD');
  });

  it('saves bytes unchanged', async () => {
    const bytes = new Uint8Array([0x25, 0x50, 0x44, 0x46, 0x00, 0xff]);
    await createWebPlatform().saveFile({ suggestedName: 'pack.pdf', data: bytes });

    const saved = await readBytes(blobs.get(downloads[0]?.href ?? ''));
    expect([...saved]).toEqual([...bytes]);
  });

  it('removes the link and later frees the object URL', async () => {
    vi.useFakeTimers();
    await createWebPlatform().saveFile({ suggestedName: 'a.txt', data: 'x' });
    expect(document.querySelector('a[download]')).toBeNull();
    const href = downloads[0]?.href ?? '';
    expect(URL.revokeObjectURL).not.toHaveBeenCalled();
    vi.runAllTimers();
    expect(URL.revokeObjectURL).toHaveBeenCalledWith(href);
  });

  it('keeps the session in this origin’s localStorage (the browser has no keychain)', async () => {
    window.localStorage.clear();
    const { sessionStore } = createWebPlatform();
    await expect(sessionStore.load()).resolves.toBeNull();
    await sessionStore.save(storedSession);
    expect(window.localStorage.getItem('liaison.session')).toContain(storedSession.token);
    await expect(createWebPlatform().sessionStore.load()).resolves.toEqual(storedSession);
    await sessionStore.clear();
    expect(window.localStorage.getItem('liaison.session')).toBeNull();
  });

  it('has no application menu: a menu command never fires and unsubscribing is harmless', () => {
    const listener = vi.fn();
    const unsubscribe = createWebPlatform().onMenuCommand('syncNow', listener);
    expect(listener).not.toHaveBeenCalled();
    expect(() => unsubscribe()).not.toThrow();
  });
});

const storedSession = {
  serverUrl: 'https://liaison.birmingham.example',
  token: 'bearer-token-in-the-browser',
  expiresAt: '2025-07-01T09:00:00.000Z',
  user: { id: 'u1', email: 'sarah@birmingham.example', name: 'Sarah' },
  workspace: { id: 'w1', name: 'Birmingham International', role: 'editor' as const },
};
