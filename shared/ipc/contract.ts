import { z } from 'zod';
import { ipcChannels, type IpcChannel, type MenuCommand } from './channels';

export {
  IPC_PREFIX,
  ipcChannels,
  ipcEvents,
  isLiaisonChannel,
  isMenuCommand,
  MENU_COMMANDS,
  type IpcChannel,
  type MenuCommand,
} from './channels';
export { formatIpcError, parseIpcError, type IpcErrorCode, type IpcFailure } from './errors';

/** Largest file the renderer may ask the main process to write (briefing packs with images). */
export const MAX_SAVE_BYTES = 200 * 1024 * 1024;

/** A file-type filter of the native save dialog, e.g. `{ name: 'vCard', extensions: ['vcf'] }`. */
export const fileFilterSchema = z.object({
  name: z.string().min(1).max(100),
  extensions: z
    .array(z.string().regex(/^(\*|[A-Za-z0-9]{1,16})$/, 'an extension without a dot, or *'))
    .min(1)
    .max(20),
});

/** A bare file name: no folders, no NUL, not `.` or `..`. */
const fileNameSchema = z
  .string()
  .min(1)
  .max(255)
  .refine((name) => !/[/\\\0]/.test(name) && name !== '.' && name !== '..', {
    message: 'must be a file name without folders',
  });

const fileDataSchema = z.union([
  z.string().max(MAX_SAVE_BYTES),
  z.instanceof(Uint8Array).refine((bytes) => bytes.byteLength <= MAX_SAVE_BYTES, {
    message: `must be at most ${MAX_SAVE_BYTES} bytes`,
  }),
]);

/** What the renderer asks to save: the user picks the folder in a native dialog. */
export const saveFileRequestSchema = z.strictObject({
  suggestedName: fileNameSchema,
  data: fileDataSchema,
  filters: z.array(fileFilterSchema).max(20).optional(),
});

/** `saved` with where the file went, or `cancelled` when the user closed the dialog. */
export const saveFileResultSchema = z.discriminatedUnion('status', [
  z.strictObject({ status: z.literal('saved'), path: z.string() }),
  z.strictObject({ status: z.literal('cancelled') }),
]);

/**
 * Largest stored session the renderer may hand to main: a serialised
 * StoredSession (server address, token, user, workspace) is well under 4 KB.
 */
export const MAX_SESSION_CHARS = 16 * 1024;

/** The serialised session the renderer keeps between runs; main stores it encrypted. */
export const sessionValueSchema = z.string().min(2).max(MAX_SESSION_CHARS);

/** A file-type filter of the native save dialog. */
export type FileFilter = z.infer<typeof fileFilterSchema>;
/** What the renderer asks to save. */
export type SaveFileRequest = z.infer<typeof saveFileRequestSchema>;
/** The outcome of a save. */
export type SaveFileResult = z.infer<typeof saveFileResultSchema>;

/**
 * The request/answer part of the bridge: every method returns a promise and
 * crosses the process boundary on its own invoke channel.
 */
export interface LiaisonInvokeBridge {
  app: {
    /** The application's version, e.g. `0.1.0`. */
    getVersion(): Promise<string>;
  };
  files: {
    /** Ask the user where to save `data`, then write it there. */
    save(request: SaveFileRequest): Promise<SaveFileResult>;
  };
  session: {
    /** The stored session as saved, or null when there is none (or it cannot be decrypted). */
    load(): Promise<string | null>;
    /**
     * Keeps the session encrypted by the OS keychain (`safeStorage`). Fails
     * with SESSION_NOT_ENCRYPTED rather than write it in plain text.
     */
    save(value: string): Promise<void>;
    /** Forgets the stored session. */
    clear(): Promise<void>;
  };
}

/**
 * The object the preload exposes on the page as `liaison`: the invoke methods,
 * and a subscription to the application menu's commands.
 */
export interface LiaisonBridge extends LiaisonInvokeBridge {
  /**
   * Calls `listener` with each menu command sent to this window (only the
   * names in MENU_COMMANDS); returns the unsubscribe function.
   */
  onMenuCommand(listener: (command: MenuCommand) => void): () => void;
}

/**
 * The arguments each channel accepts, as a tuple: exactly what the preload
 * passes to `ipcRenderer.invoke` after the channel name. Main validates every
 * call against these before acting.
 */
export const ipcArgsSchemas = {
  [ipcChannels.app.getVersion]: z.tuple([]),
  [ipcChannels.files.save]: z.tuple([saveFileRequestSchema]),
  [ipcChannels.session.load]: z.tuple([]),
  [ipcChannels.session.save]: z.tuple([sessionValueSchema]),
  [ipcChannels.session.clear]: z.tuple([]),
} as const satisfies Record<IpcChannel, z.ZodType<unknown[]>>;

/** What each channel resolves to. */
export const ipcResultSchemas = {
  [ipcChannels.app.getVersion]: z.string(),
  [ipcChannels.files.save]: saveFileResultSchema,
  [ipcChannels.session.load]: z.string().nullable(),
  [ipcChannels.session.save]: z.void(),
  [ipcChannels.session.clear]: z.void(),
} as const satisfies Record<IpcChannel, z.ZodType>;

/** The validated arguments of a channel. */
export type IpcArgs<C extends IpcChannel> = z.infer<(typeof ipcArgsSchemas)[C]>;
/** The result of a channel. */
export type IpcResult<C extends IpcChannel> = z.infer<(typeof ipcResultSchemas)[C]>;

// Compile-time proof that the channel table and the bridge name the same
// methods, and that each channel is called `liaison:<namespace>.<method>`.
type ChannelTable = {
  [N in keyof LiaisonInvokeBridge & string]: {
    [M in keyof LiaisonInvokeBridge[N] & string]: `liaison:${N}.${M}`;
  };
};
type Exact<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const channelTableMatchesBridge: Exact<typeof ipcChannels, ChannelTable> = true;
void channelTableMatchesBridge;
