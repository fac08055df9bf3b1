// Runs sandboxed, bundled to CommonJS: it may import only `electron` and
// zod-free modules (shared/ipc/channels), never the schemas.
import { contextBridge, ipcRenderer } from 'electron';
import {
  ipcChannels,
  ipcEvents,
  isLiaisonChannel,
  isMenuCommand,
  type IpcChannel,
  type MenuCommand,
} from '../shared/ipc/channels';
import type { LiaisonBridge, SaveFileRequest, SaveFileResult } from '../shared/ipc/contract';

function invoke<T>(channel: IpcChannel, ...args: unknown[]): Promise<T> {
  if (!isLiaisonChannel(channel)) {
    return Promise.reject(new Error(`Refused IPC channel outside the liaison: prefix: ${channel}`));
  }
  return ipcRenderer.invoke(channel, ...args) as Promise<T>;
}

// Only these functions reach the page; ipcRenderer itself never does.
const bridge = {
  app: {
    getVersion: () => invoke<string>(ipcChannels.app.getVersion),
  },
  files: {
    save: (request: SaveFileRequest) => invoke<SaveFileResult>(ipcChannels.files.save, request),
  },
  session: {
    load: () => invoke<string | null>(ipcChannels.session.load),
    save: (value: string) => invoke<void>(ipcChannels.session.save, value),
    clear: () => invoke<void>(ipcChannels.session.clear),
  },
  // The page gets the command name only: never the event, whose `sender` is ipcRenderer.
  onMenuCommand: (listener: (command: MenuCommand) => void) => {
    const forward = (_event: unknown, command: unknown) => {
      if (isMenuCommand(command)) listener(command);
    };
    ipcRenderer.on(ipcEvents.menuCommand, forward);
    return () => {
      ipcRenderer.removeListener(ipcEvents.menuCommand, forward);
    };
  },
};

contextBridge.exposeInMainWorld('liaison', bridge satisfies LiaisonBridge);
