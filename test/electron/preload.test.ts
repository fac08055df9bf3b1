import { describe, expect, it, vi } from 'vitest';
import { ipcChannels } from '../../shared/ipc/contract';

const electron = vi.hoisted(() => ({
  contextBridge: { exposeInMainWorld: vi.fn() },
  ipcRenderer: { invoke: vi.fn(), send: vi.fn(), on: vi.fn() },
}));
vi.mock('electron', () => electron);

await import('../../electron/preload');

const [[name, bridge]] = electron.contextBridge.exposeInMainWorld.mock.calls as [
  [string, Record<string, Record<string, (...args: unknown[]) => Promise<unknown>>>],
];

describe('preload', () => {
  it('exposes one object, as window.liaison', () => {
    expect(electron.contextBridge.exposeInMainWorld).toHaveBeenCalledTimes(1);
    expect(name).toBe('liaison');
  });

  it('exposes exactly the contract’s namespaces and methods', () => {
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
    const values = Object.values(bridge).flatMap((methods) => Object.values(methods));
    expect(values).not.toContain(electron.ipcRenderer.invoke);
    expect(values).not.toContain(electron.ipcRenderer.send);
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
});
