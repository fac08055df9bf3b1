import { z } from 'zod';
import { ipcChannels, type IpcChannel } from './channels';

export { IPC_PREFIX, ipcChannels, isLiaisonChannel, type IpcChannel } from './channels';
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

/** A file-type filter of the native save dialog. */
export type FileFilter = z.infer<typeof fileFilterSchema>;
/** What the renderer asks to save. */
export type SaveFileRequest = z.infer<typeof saveFileRequestSchema>;
/** The outcome of a save. */
export type SaveFileResult = z.infer<typeof saveFileResultSchema>;

/**
 * The object the preload exposes as `window.liaison`. Every method returns a
 * promise and crosses the process boundary on its own channel.
 */
export interface LiaisonBridge {
  app: {
    /** The application's version, e.g. `0.1.0`. */
    getVersion(): Promise<string>;
  };
  files: {
    /** Ask the user where to save `data`, then write it there. */
    save(request: SaveFileRequest): Promise<SaveFileResult>;
  };
}

/**
 * The arguments each channel accepts, as a tuple: exactly what the preload
 * passes to `ipcRenderer.invoke` after the channel name. Main validates every
 * call against these before acting.
 */
export const ipcArgsSchemas = {
  [ipcChannels.app.getVersion]: z.tuple([]),
  [ipcChannels.files.save]: z.tuple([saveFileRequestSchema]),
} as const satisfies Record<IpcChannel, z.ZodType<unknown[]>>;

/** What each channel resolves to. */
export const ipcResultSchemas = {
  [ipcChannels.app.getVersion]: z.string(),
  [ipcChannels.files.save]: saveFileResultSchema,
} as const satisfies Record<IpcChannel, z.ZodType>;

/** The validated arguments of a channel. */
export type IpcArgs<C extends IpcChannel> = z.infer<(typeof ipcArgsSchemas)[C]>;
/** The result of a channel. */
export type IpcResult<C extends IpcChannel> = z.infer<(typeof ipcResultSchemas)[C]>;

// Compile-time proof that the channel table and the bridge name the same
// methods, and that each channel is called `liaison:<namespace>.<method>`.
type ChannelTable = {
  [N in keyof LiaisonBridge & string]: {
    [M in keyof LiaisonBridge[N] & string]: `liaison:${N}.${M}`;
  };
};
type Exact<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const channelTableMatchesBridge: Exact<typeof ipcChannels, ChannelTable> = true;
void channelTableMatchesBridge;
