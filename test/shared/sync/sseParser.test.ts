import { describe, expect, it } from 'vitest';
import { parseSse, SseParser, sseEvents } from '../../../shared/sync/sseParser';

const event = (name: string, data: string, lastEventId = '') => ({
  event: name,
  data,
  lastEventId,
});

/** `text` cut into pieces of `size` characters. */
function pieces(text: string, size: number): string[] {
  const out: string[] = [];
  for (let index = 0; index < text.length; index += size) out.push(text.slice(index, index + size));
  return out;
}

describe('parseSse', () => {
  it('reads named events with JSON data, as the sync server sends them', () => {
    const stream =
      'event: ready\ndata: {"workspaceId":"w1"}\n\n' +
      'event: change\ndata: {"collection":"contacts","documents":[],"checkpoint":{"seq":3}}\n\n';
    expect(parseSse([stream])).toEqual([
      event('ready', '{"workspaceId":"w1"}'),
      event('change', '{"collection":"contacts","documents":[],"checkpoint":{"seq":3}}'),
    ]);
  });

  it('gives the same events however the text is cut into chunks', () => {
    const stream =
      'event: ready\r\ndata: {"a":1}\r\n\r\n: a comment\n\nevent: heartbeat\rdata: {"at":"x"}\r\r' +
      'data: first\ndata: second\n\n';
    const whole = parseSse([stream]);
    expect(whole).toEqual([
      event('ready', '{"a":1}'),
      event('heartbeat', '{"at":"x"}'),
      event('message', 'first\nsecond'),
    ]);
    for (const size of [1, 2, 3, 5, 7, 11]) expect(parseSse(pieces(stream, size))).toEqual(whole);
  });

  it('treats CR LF split across two chunks as one line break', () => {
    expect(parseSse(['data: a\r', '\n', '\r', '\ndata: b\n', '\n'])).toEqual([
      event('message', 'a'),
      event('message', 'b'),
    ]);
    // A lone LF after a CR-terminated chunk that was itself followed by an LF is a new line.
    expect(parseSse(['data: a\r', '\n', '\n'])).toEqual([event('message', 'a')]);
  });

  it('joins data lines with newlines and keeps the value after one optional space', () => {
    expect(parseSse(['data:no space\ndata:  two spaces\ndata\n\n'])).toEqual([
      event('message', 'no space\n two spaces\n'),
    ]);
  });

  it('does not dispatch an event without data, and resets the event name after each blank line', () => {
    expect(parseSse(['event: lonely\n\ndata: x\n\n'])).toEqual([event('message', 'x')]);
  });

  it('ignores comments, unknown fields and a leading byte order mark', () => {
    expect(parseSse(['\uFEFF: hello\nfoo: bar\nevent: ready\ndata: 1\n\n'])).toEqual([
      event('ready', '1'),
    ]);
  });

  it('keeps the last event id, ignoring ids with NUL, and reads retry', () => {
    const parser = new SseParser();
    expect(
      parser.push('id: 7\ndata: a\n\nid: bad\0\ndata: b\n\nretry: 2500\nretry: soon\n'),
    ).toEqual([event('message', 'a', '7'), event('message', 'b', '7')]);
    expect(parser.retry).toBe(2500);
  });

  it('drops an event cut short by the end of the stream', () => {
    expect(parseSse(['event: change\ndata: {"partial":'])).toEqual([]);
    expect(parseSse(['data: complete\n\ndata: cut'])).toEqual([event('message', 'complete')]);
  });

  it('keeps multi-byte text whole when the caller decodes with a streaming decoder', async () => {
    const bytes = new TextEncoder().encode('event: change\ndata: {"familyName":"Müller 🐻"}\n\n');
    const decoder = new TextDecoder();
    const chunks = Array.from(bytes, (byte) =>
      decoder.decode(Uint8Array.of(byte), { stream: true }),
    );
    expect(parseSse(chunks)).toEqual([event('change', '{"familyName":"Müller 🐻"}')]);
  });

  it('parses a large event arriving in many small chunks', () => {
    const data = JSON.stringify({ documents: Array.from({ length: 2000 }, (_, i) => ({ id: i })) });
    const events = parseSse(pieces(`event: change\ndata: ${data}\n\n`, 64));
    expect(events).toHaveLength(1);
    expect(JSON.parse(events[0]?.data ?? '')).toEqual(JSON.parse(data));
  });
});

describe('sseEvents', () => {
  it('yields events from an async stream of text as they complete', async () => {
    async function* source() {
      yield 'event: ready\nda';
      yield 'ta: 1\n\nevent: heartbeat\ndata: 2\n';
      yield '\nevent: change\ndata: cut';
    }
    const seen = [];
    for await (const item of sseEvents(source())) seen.push(item);
    expect(seen).toEqual([event('ready', '1'), event('heartbeat', '2')]);
  });
});
