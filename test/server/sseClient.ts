import { SseParser, type SseEvent } from '../../shared/sync/sseParser';

/** A parsed event of the sync stream, its data decoded from JSON. */
export interface StreamEvent {
  event: string;
  data: unknown;
}

/**
 * A client of `GET /v1/workspaces/:ws/stream` over real HTTP, as the app reads
 * it: fetch with the Authorization header, the body decoded and parsed with
 * the shared SSE parser. Events queue up until a test takes them.
 */
export class StreamClient {
  readonly events: StreamEvent[] = [];
  /** Resolves when the server ends the stream (or it is aborted). */
  readonly ended: Promise<void>;
  private done = false;
  private failure: unknown;
  private waiters: (() => void)[] = [];

  private constructor(
    readonly response: Response,
    private readonly abort: AbortController,
  ) {
    this.ended = this.read()
      .catch((error: unknown) => {
        this.failure = error;
      })
      .finally(() => {
        this.done = true;
        this.wake();
      });
  }

  static async open(
    url: string,
    headers: Record<string, string>,
  ): Promise<{ response: Response; client: StreamClient | null }> {
    const abort = new AbortController();
    const response = await fetch(url, { headers, signal: abort.signal });
    if (!response.ok || !response.body) {
      await response.body?.cancel();
      return { response, client: null };
    }
    return { response, client: new StreamClient(response, abort) };
  }

  /** Opens a stream that must succeed. */
  static async connect(url: string, headers: Record<string, string>): Promise<StreamClient> {
    const { response, client } = await StreamClient.open(url, headers);
    if (!client) throw new Error(`stream refused: ${response.status} ${response.statusText}`);
    return client;
  }

  get isDone(): boolean {
    return this.done;
  }

  /** The next event not yet taken, waiting for it up to `timeoutMs`. */
  async next(timeoutMs = 10_000): Promise<StreamEvent> {
    const deadline = Date.now() + timeoutMs;
    while (this.events.length === 0) {
      if (this.done) throw new Error('the stream ended', { cause: this.failure });
      const left = deadline - Date.now();
      if (left <= 0) throw new Error(`no stream event within ${timeoutMs} ms`);
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, left);
        this.waiters.push(() => {
          clearTimeout(timer);
          resolve();
        });
      });
    }
    return this.events.shift() as StreamEvent;
  }

  /** The next event named `name`, skipping others (heartbeats) on the way. */
  async nextOf(name: string, timeoutMs = 10_000): Promise<StreamEvent> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const event = await this.next(Math.max(1, deadline - Date.now()));
      if (event.event === name) return event;
    }
  }

  close(): void {
    this.abort.abort();
  }

  private async read(): Promise<void> {
    const parser = new SseParser();
    const take = (parsed: SseEvent[]) => {
      for (const { event, data } of parsed) this.events.push({ event, data: JSON.parse(data) });
      if (parsed.length > 0) this.wake();
    };
    try {
      const reader = (this.response.body as ReadableStream<Uint8Array>).getReader();
      // Streaming decode: a character split across chunks is kept whole.
      const decoder = new TextDecoder();
      for (;;) {
        const { done, value } = await reader.read();
        if (done) break;
        take(parser.push(decoder.decode(value, { stream: true })));
      }
      take(parser.push(decoder.decode()));
      take(parser.end());
    } catch (error) {
      if (!this.abort.signal.aborted) throw error;
    }
  }

  private wake(): void {
    const waiters = this.waiters;
    this.waiters = [];
    for (const wake of waiters) wake();
  }
}
