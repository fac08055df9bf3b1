import path from 'node:path';
import type { SaveDialogOptions, SaveDialogReturnValue } from 'electron';
import type { SaveFileRequest, SaveFileResult } from '../shared/ipc/contract';
import { errorMessage } from '../shared/text/errorMessage';
import { IpcError } from './ipcHandlers';

/** What saving needs from the outside world; main passes Electron's dialog and node's fs. */
export interface SaveFileDeps {
  showSaveDialog(options: SaveDialogOptions): Promise<SaveDialogReturnValue>;
  writeFile(filePath: string, data: string | Uint8Array): Promise<void>;
  /** The folder the dialog opens in, e.g. the user's Documents. */
  defaultDirectory: string;
}

/** Asks the user where to save, then writes the file there. */
export async function saveFileWithDialog(
  request: SaveFileRequest,
  deps: SaveFileDeps,
): Promise<SaveFileResult> {
  const choice = await deps.showSaveDialog({
    defaultPath: path.join(deps.defaultDirectory, request.suggestedName),
    filters: request.filters,
    properties: ['createDirectory', 'showOverwriteConfirmation'],
  });
  if (choice.canceled || !choice.filePath) return { status: 'cancelled' };
  try {
    await deps.writeFile(choice.filePath, request.data);
  } catch (error) {
    const reason = errorMessage(error);
    throw new IpcError('SAVE_WRITE_FAILED', `Could not write ${choice.filePath}: ${reason}`);
  }
  return { status: 'saved', path: choice.filePath };
}
