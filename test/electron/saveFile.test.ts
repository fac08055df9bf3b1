import path from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { saveFileWithDialog, type SaveFileDeps } from '../../electron/saveFile';

function deps(overrides: Partial<SaveFileDeps> = {}): SaveFileDeps {
  return {
    showSaveDialog: vi.fn().mockResolvedValue({ canceled: false, filePath: '/home/a/out.vcf' }),
    writeFile: vi.fn().mockResolvedValue(undefined),
    defaultDirectory: '/home/a/Documents',
    ...overrides,
  };
}

describe('saveFileWithDialog', () => {
  it('opens the dialog in the default folder with the suggested name and filters', async () => {
    const d = deps();
    const filters = [{ name: 'vCard', extensions: ['vcf'] }];
    await saveFileWithDialog({ suggestedName: 'contacts.vcf', data: 'x', filters }, d);
    expect(d.showSaveDialog).toHaveBeenCalledWith(
      expect.objectContaining({
        defaultPath: path.join('/home/a/Documents', 'contacts.vcf'),
        filters,
      }),
    );
  });

  it('writes the data where the user chose and reports the path', async () => {
    const d = deps();
    const data = new Uint8Array([1, 2, 3]);
    await expect(saveFileWithDialog({ suggestedName: 'a.bin', data }, d)).resolves.toEqual({
      status: 'saved',
      path: '/home/a/out.vcf',
    });
    expect(d.writeFile).toHaveBeenCalledWith('/home/a/out.vcf', data);
  });

  it('writes nothing when the user cancels', async () => {
    const d = deps({ showSaveDialog: vi.fn().mockResolvedValue({ canceled: true, filePath: '' }) });
    await expect(saveFileWithDialog({ suggestedName: 'a.txt', data: 'x' }, d)).resolves.toEqual({
      status: 'cancelled',
    });
    expect(d.writeFile).not.toHaveBeenCalled();
  });

  it('fails with SAVE_WRITE_FAILED and the reason when the write fails', async () => {
    const d = deps({
      writeFile: vi.fn().mockRejectedValue(new Error('EACCES: permission denied')),
    });
    await expect(saveFileWithDialog({ suggestedName: 'a.txt', data: 'x' }, d)).rejects.toThrow(
      '[SAVE_WRITE_FAILED] Could not write /home/a/out.vcf: EACCES: permission denied',
    );
  });
});
