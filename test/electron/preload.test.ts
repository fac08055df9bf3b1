import { describe, expect, it, vi } from 'vitest';
import { ipcChannels } from '../../shared/ipc/contract';

const electron = vi.hoisted(() => ({
  contextBridge: { exposeInMainWorld: vi.fn() },
  ipcRenderer: { invoke: vi.fn(), send: vi.fn(), on: vi.fn(), removeListener: vi.fn() },
}));
vi.mock('electron', () => electron);

await import('../../electron/preload');

type Namespace = Record<string, (...args: unknown[]) => Promise<unknown>>;
const [[name, exposed]] = electron.contextBridge.exposeInMainWorld.mock.calls as [
  [string, Record<string, unknown>],
];
// The namespaces of invoke methods, and the menu subscription beside them.
const { onMenuCommand: exposedOnMenuCommand, ...namespaces } = exposed;
const bridge = namespaces as Record<string, Namespace>;
const onMenuCommand = exposedOnMenuCommand as (listener: (command: string) => void) => () => void;
type MenuListener = (event: unknown, command: unknown) => void;

describe('preload', () => {
  it('exposes one object, as window.liaison', () => {
    expect(electron.contextBridge.exposeInMainWorld).toHaveBeenCalledTimes(1);
    expect(name).toBe('liaison');
  });

  it('exposes exactly the contract’s namespaces and methods, and onMenuCommand', () => {
    expect(Object.keys(exposed).sort()).toEqual(
      [...Object.keys(ipcChannels), 'onMenuCommand'].sort(),
    );
    expect(typeof onMenuCommand).toBe('function');
    const shape = (object: object) =>
      Object.fromEntries(
        Object.entries(object).map(([key, value]) => [key, Object.keys(value as object).sort()]),
      );
    expect(shape(bridge)).toEqual(shape(ipcChannels));
    for (const methods of Object.values(bridge)) {
      for (const method of Object.values(methods)) expect(typeof method).toBe('function');
    }
  });

  it('never hands out ipcRenderer or its methods', () => {
    const values = [
      onMenuCommand,
      ...Object.values(bridge).flatMap((methods) => Object.values(methods)),
    ];
    for (const method of Object.values(electron.ipcRenderer)) expect(values).not.toContain(method);
    expect(JSON.stringify(Object.keys(bridge))).not.toMatch(/ipc/i);
  });

  it('invokes each method on its own channel', async () => {
    electron.ipcRenderer.invoke.mockResolvedValueOnce('0.1.0');
    await expect(bridge.app?.getVersion?.()).resolves.toBe('0.1.0');
    expect(electron.ipcRenderer.invoke).toHaveBeenLastCalledWith('liaison:app.getVersion');

    const request = { suggestedName: 'a.vcf', data: 'BEGIN:VCARD' };
    electron.ipcRenderer.invoke.mockResolvedValueOnce({ status: 'cancelled' });
    await expect(bridge.files?.save?.(request)).resolves.toEqual({ status: 'cancelled' });
    expect(electron.ipcRenderer.invoke).toHaveBeenLastCalledWith('liaison:files.save', request);
  });

  it('loads, saves and clears the session on its channels, passing the value through', async () => {
    electron.ipcRenderer.invoke.mockResolvedValueOnce('{"token":"t"}');
    await expect(bridge.session?.load?.()).resolves.toBe('{"token":"t"}');
    expect(electron.ipcRenderer.invoke).toHaveBeenLastCalledWith('liaison:session.load');

    electron.ipcRenderer.invoke.mockResolvedValueOnce(undefined);
    await bridge.session?.save?.('{"token":"t"}');
    expect(electron.ipcRenderer.invoke).toHaveBeenLastCalledWith(
      'liaison:session.save',
      '{"token":"t"}',
    );

    electron.ipcRenderer.invoke.mockResolvedValueOnce(undefined);
    await bridge.session?.clear?.();
    expect(electron.ipcRenderer.invoke).toHaveBeenLastCalledWith('liaison:session.clear');
  });
});

describe('onMenuCommand', () => {
  it('hands the page the command name only, never the IPC event', () => {
    const listener = vi.fn();
    onMenuCommand(listener);
    const [channel, forward] = electron.ipcRenderer.on.mock.lastCall as [string, MenuListener];
    expect(channel).toBe('liaison:menu.command');

    const event = { sender: electron.ipcRenderer, senderFrame: null };
    forward(event, 'syncNow');
    expect(listener).toHaveBeenCalledTimes(1);
    expect(listener).toHaveBeenCalledWith('syncNow');
  });

  it('drops commands it does not know', () => {
    const listener = vi.fn();
    onMenuCommand(listener);
    const [, forward] = electron.ipcRenderer.on.mock.lastCall as [string, MenuListener];
    for (const other of ['quit', 'syncNow2', undefined, { command: 'syncNow' }]) forward({}, other);
    expect(listener).not.toHaveBeenCalled();
  });

  it('stops listening when unsubscribed', () => {
    const unsubscribe = onMenuCommand(vi.fn());
    const [, forward] = electron.ipcRenderer.on.mock.lastCall as [string, MenuListener];
    unsubscribe();
    expect(electron.ipcRenderer.removeListener).toHaveBeenCalledWith(
      'liaison:menu.command',
      forward,
    );
  });
});
