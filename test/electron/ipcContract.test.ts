import { describe, expect, it } from 'vitest';
import {
  formatIpcError,
  ipcArgsSchemas,
  ipcChannels,
  ipcEvents,
  IPC_PREFIX,
  isMenuCommand,
  MAX_SAVE_BYTES,
  MAX_SESSION_CHARS,
  MENU_COMMANDS,
  parseIpcError,
  saveFileRequestSchema,
  saveFileResultSchema,
} from '../../shared/ipc/contract';

const allChannels = Object.values(ipcChannels).flatMap((methods) => Object.values(methods));

describe('ipcChannels', () => {
  it('names every channel with the liaison: prefix and namespace.method', () => {
    expect(allChannels).toEqual([
      'liaison:app.getVersion',
      'liaison:files.save',
      'liaison:session.load',
      'liaison:session.save',
      'liaison:session.clear',
    ]);
    for (const channel of allChannels) expect(channel.startsWith(IPC_PREFIX)).toBe(true);
  });

  it('has an argument schema for every channel and no other', () => {
    expect(Object.keys(ipcArgsSchemas).sort()).toEqual([...allChannels].sort());
  });

  it('keeps the one-way menu event apart from the invoke channels, in the same prefix', () => {
    expect(ipcEvents.menuCommand).toBe('liaison:menu.command');
    expect(ipcEvents.menuCommand.startsWith(IPC_PREFIX)).toBe(true);
    expect(allChannels).not.toContain(ipcEvents.menuCommand);
  });
});

describe('menu commands', () => {
  it('knows Sync now and nothing else', () => {
    expect(MENU_COMMANDS).toEqual(['syncNow']);
    expect(isMenuCommand('syncNow')).toBe(true);
    for (const other of ['quit', 'SyncNow', '', 1, null, { command: 'syncNow' }]) {
      expect(isMenuCommand(other)).toBe(false);
    }
  });
});

describe('session.save arguments', () => {
  const schema = ipcArgsSchemas['liaison:session.save'];

  it('takes one serialised session of bounded size', () => {
    expect(schema.safeParse(['{"token":"t"}']).success).toBe(true);
    expect(schema.safeParse(['x'.repeat(MAX_SESSION_CHARS)]).success).toBe(true);
    expect(schema.safeParse(['x'.repeat(MAX_SESSION_CHARS + 1)]).success).toBe(false);
    expect(schema.safeParse([]).success).toBe(false);
    expect(schema.safeParse([{ token: 't' }]).success).toBe(false);
  });
});

describe('saveFileRequestSchema', () => {
  const valid = { suggestedName: 'contacts.vcf', data: 'BEGIN:VCARD' };

  it('accepts text, bytes and filters', () => {
    expect(saveFileRequestSchema.safeParse(valid).success).toBe(true);
    expect(
      saveFileRequestSchema.safeParse({
        suggestedName: 'pack.pdf',
        data: new Uint8Array([37, 80, 68, 70]),
        filters: [{ name: 'PDF', extensions: ['pdf'] }],
      }).success,
    ).toBe(true);
  });

  it.each(['../escape.txt', 'a/b.txt', 'a\\b.txt', '..', '.', '', 'nul\0.txt', 'x'.repeat(256)])(
    'refuses the file name %j',
    (suggestedName) => {
      expect(saveFileRequestSchema.safeParse({ ...valid, suggestedName }).success).toBe(false);
    },
  );

  it('refuses other data, unknown keys and odd extensions', () => {
    expect(saveFileRequestSchema.safeParse({ ...valid, data: 42 }).success).toBe(false);
    expect(saveFileRequestSchema.safeParse({ ...valid, data: [1, 2] }).success).toBe(false);
    expect(saveFileRequestSchema.safeParse({ ...valid, path: '/etc/passwd' }).success).toBe(false);
    expect(
      saveFileRequestSchema.safeParse({ ...valid, filters: [{ name: 'x', extensions: ['.vcf'] }] })
        .success,
    ).toBe(false);
  });

  it('refuses data over the size limit', () => {
    // A real typed array that reports one byte too many, without allocating 200 MB.
    const bytes = Object.defineProperty(new Uint8Array(1), 'byteLength', {
      value: MAX_SAVE_BYTES + 1,
    });
    expect(saveFileRequestSchema.safeParse({ ...valid, data: new Uint8Array(1) }).success).toBe(
      true,
    );
    expect(saveFileRequestSchema.safeParse({ ...valid, data: bytes }).success).toBe(false);
  });
});

describe('saveFileResultSchema', () => {
  it('accepts both outcomes and nothing else', () => {
    expect(saveFileResultSchema.safeParse({ status: 'saved', path: '/x' }).success).toBe(true);
    expect(saveFileResultSchema.safeParse({ status: 'cancelled' }).success).toBe(true);
    expect(saveFileResultSchema.safeParse({ status: 'saved' }).success).toBe(false);
  });
});

describe('parseIpcError', () => {
  it('reads back the code main sent, through Electron’s prefix', () => {
    const sent = formatIpcError({
      code: 'SAVE_WRITE_FAILED',
      message: 'Could not write /x: EACCES',
    });
    const received = `Error invoking remote method 'liaison:files.save': Error: ${sent}`;
    expect(parseIpcError(received)).toEqual({
      code: 'SAVE_WRITE_FAILED',
      message: 'Could not write /x: EACCES',
    });
  });

  it('falls back to IPC_FAILED for anything else', () => {
    expect(parseIpcError('boom')).toEqual({ code: 'IPC_FAILED', message: 'boom' });
    expect(parseIpcError('[NOT_OURS] x')).toEqual({ code: 'IPC_FAILED', message: '[NOT_OURS] x' });
  });
});
