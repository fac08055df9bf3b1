/**
 * A Server-Sent Events parser (the event-stream format of the WHATWG HTML
 * standard, "Server-sent events"), fed with text as it arrives. The app reads
 * the server's `GET /v1/workspaces/:ws/stream` with fetch rather than
 * EventSource, so that its token travels in the Authorization header; this is
 * the part of EventSource it then needs. Pure: the caller decodes the bytes
 * (a `TextDecoderStream`, which keeps multi-byte characters split across
 * chunks whole).
 */

/** One dispatched event. */
export interface SseEvent {
  /** The `event:` field, `message` when the event had none. */
  event: string;
  /** The `data:` lines, joined with `\n`. */
  data: string;
  /** The last event id seen so far in the stream (`id:`), `''` when none. */
  lastEventId: string;
}

/** Incremental parser: `push` text as it arrives, take the events completed by it. */
export class SseParser {
  private buffer = '';
  private started = false;
  /** The previous chunk ended in `\r`: a `\n` starting the next belongs to the same line break. */
  private pendingCr = false;
  private eventType = '';
  private data: string[] = [];
  private lastEventId = '';
  /** The reconnection time the server asked for (`retry:`), if it did. */
  retry: number | undefined;

  /** Parses `chunk` and returns the events it completed, in order. */
  push(chunk: string): SseEvent[] {
    if (chunk === '') return [];
    let text = chunk;
    if (this.pendingCr && text.startsWith('\n')) text = text.slice(1);
    this.pendingCr = false;
    if (!this.started) {
      this.started = true;
      // A byte order mark at the very start is not part of the first field name.
      if (text.startsWith('\uFEFF')) text = text.slice(1);
    }
    // The buffer holds the unfinished last line: it has no line break to look for.
    const scanFrom = this.buffer.length;
    text = this.buffer + text;

    const events: SseEvent[] = [];
    let start = 0;
    for (let index = scanFrom; index < text.length; index++) {
      const char = text[index];
      if (char !== '\n' && char !== '\r') continue;
      this.line(text.slice(start, index), events);
      if (char === '\r') {
        if (index + 1 === text.length) this.pendingCr = true;
        else if (text[index + 1] === '\n') index++;
      }
      start = index + 1;
    }
    this.buffer = text.slice(start);
    return events;
  }

  /**
   * The stream has ended. An event not yet closed by a blank line is dropped,
   * as the standard says: it may be cut short.
   */
  end(): SseEvent[] {
    this.buffer = '';
    this.data = [];
    this.eventType = '';
    this.pendingCr = false;
    return [];
  }

  private line(line: string, events: SseEvent[]): void {
    if (line === '') {
      this.dispatch(events);
      return;
    }
    if (line.startsWith(':')) return; // a comment
    const colon = line.indexOf(':');
    const field = colon === -1 ? line : line.slice(0, colon);
    let value = colon === -1 ? '' : line.slice(colon + 1);
    if (value.startsWith(' ')) value = value.slice(1);
    switch (field) {
      case 'event':
        this.eventType = value;
        break;
      case 'data':
        this.data.push(value);
        break;
      case 'id':
        if (!value.includes('\0')) this.lastEventId = value;
        break;
      case 'retry':
        if (/^\d+$/.test(value)) this.retry = Number(value);
        break;
      default:
      // Unknown fields are ignored.
    }
  }

  private dispatch(events: SseEvent[]): void {
    const data = this.data;
    const eventType = this.eventType;
    this.data = [];
    this.eventType = '';
    // An event with no data lines is not dispatched.
    if (data.length === 0) return;
    events.push({
      event: eventType || 'message',
      data: data.join('\n'),
      lastEventId: this.lastEventId,
    });
  }
}

/** Every complete event in `chunks`, a whole stream at once. */
export function parseSse(chunks: Iterable<string>): SseEvent[] {
  const parser = new SseParser();
  const events: SseEvent[] = [];
  for (const chunk of chunks) events.push(...parser.push(chunk));
  events.push(...parser.end());
  return events;
}

/** The events of a stream of text chunks as they complete, e.g. `body.pipeThrough(new TextDecoderStream())`. */
export async function* sseEvents(chunks: AsyncIterable<string>): AsyncGenerator<SseEvent> {
  const parser = new SseParser();
  for await (const chunk of chunks) yield* parser.push(chunk);
  yield* parser.end();
}
