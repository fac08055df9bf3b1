import { afterEach, describe, expect, it, vi } from 'vitest';
import type { LiaisonBridge } from '../../../shared/ipc/contract';
import { createElectronPlatform } from '../../../renderer/platform/electronPlatform';
import { getPlatform, PlatformError, resetPlatformForTests } from '../../../renderer/platform';

function fakeBridge() {
  return {
    app: { getVersion: vi.fn().mockResolvedValue('0.1.0') },
    files: { save: vi.fn().mockResolvedValue({ status: 'saved', path: '/home/a/x.vcf' }) },
  } satisfies LiaisonBridge;
}

afterEach(() => {
  delete window.liaison;
  resetPlatformForTests();
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

describe('getPlatform', () => {
  it('picks Electron when the preload bridge is present', async () => {
    const bridge = fakeBridge();
    window.liaison = bridge;
    const platform = getPlatform();
    expect(platform.kind).toBe('electron');
    await platform.getAppVersion();
    expect(bridge.app.getVersion).toHaveBeenCalled();
  });

  it('picks the web platform in a plain browser', () => {
    expect(getPlatform().kind).toBe('web');
  });
});
