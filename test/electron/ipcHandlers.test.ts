import { describe, expect, it, vi } from 'vitest';
import { guardHandler, registerIpcHandlers, type InvokeEvent } from '../../electron/ipcHandlers';
import { APP_ORIGIN } from '../../electron/security';

function eventFrom(url: string | null): InvokeEvent {
  return {
    senderFrame: url === null ? null : { url },
    sender: {},
  } as unknown as InvokeEvent;
}

const trusted = [APP_ORIGIN];
const request = { suggestedName: 'agenda.ics', data: 'BEGIN:VCALENDAR' };

describe('guardHandler', () => {
  it('calls through with the validated arguments for a trusted sender', async () => {
    const handler = vi.fn().mockResolvedValue({ status: 'saved', path: '/home/a/agenda.ics' });
    const guarded = guardHandler('liaison:files.save', handler, trusted);
    const event = eventFrom('app://liaison/index.html');

    await expect(guarded(event, request)).resolves.toEqual({
      status: 'saved',
      path: '/home/a/agenda.ics',
    });
    expect(handler).toHaveBeenCalledWith([request], event);
  });

  it.each(['https://evil.example/', 'file:///tmp/page.html', 'app://other/', null])(
    'rejects a sender frame at %s without calling the handler',
    async (url) => {
      const handler = vi.fn();
      const guarded = guardHandler('liaison:files.save', handler, trusted);
      await expect(guarded(eventFrom(url), request)).rejects.toThrow(/\[IPC_UNTRUSTED_SENDER\]/);
      expect(handler).not.toHaveBeenCalled();
    },
  );

  it.each([
    ['no arguments', []],
    ['a path in the name', [{ ...request, suggestedName: '../../.bashrc' }]],
    ['a number as data', [{ ...request, data: 1 }]],
    ['an extra argument', [request, 'more']],
    ['a string instead of a request', ['agenda.ics']],
  ])('rejects an invalid payload (%s) without calling the handler', async (_label, args) => {
    const handler = vi.fn();
    const guarded = guardHandler('liaison:files.save', handler, trusted);
    await expect(guarded(eventFrom('app://liaison/'), ...args)).rejects.toThrow(
      /\[IPC_INVALID_PAYLOAD\] liaison:files\.save/,
    );
    expect(handler).not.toHaveBeenCalled();
  });

  it('rejects arguments to a channel that takes none', async () => {
    const handler = vi.fn().mockReturnValue('0.1.0');
    const guarded = guardHandler('liaison:app.getVersion', handler, trusted);
    await expect(guarded(eventFrom('app://liaison/'), 'x')).rejects.toThrow(/IPC_INVALID_PAYLOAD/);
    await expect(guarded(eventFrom('app://liaison/'))).resolves.toBe('0.1.0');
    expect(handler).toHaveBeenCalledTimes(1);
  });
});

describe('registerIpcHandlers', () => {
  it('registers a guarded handler on every channel', async () => {
    const handle = vi.fn();
    const getVersion = vi.fn().mockReturnValue('0.1.0');
    const save = vi.fn().mockResolvedValue({ status: 'cancelled' });
    registerIpcHandlers(
      { handle },
      {
        'liaison:app.getVersion': getVersion,
        'liaison:files.save': save,
        'liaison:session.load': vi.fn().mockResolvedValue(null),
        'liaison:session.save': vi.fn(),
        'liaison:session.clear': vi.fn(),
      },
      trusted,
    );

    expect(handle.mock.calls.map(([channel]) => channel)).toEqual([
      'liaison:app.getVersion',
      'liaison:files.save',
      'liaison:session.load',
      'liaison:session.save',
      'liaison:session.clear',
    ]);
    const registered = new Map(handle.mock.calls as [string, (...args: unknown[]) => unknown][]);
    await expect(
      registered.get('liaison:app.getVersion')?.(eventFrom('app://liaison/')),
    ).resolves.toBe('0.1.0');
    await expect(
      registered.get('liaison:files.save')?.(eventFrom('https://evil.example/'), request),
    ).rejects.toThrow(/IPC_UNTRUSTED_SENDER/);
    expect(save).not.toHaveBeenCalled();
  });
});
