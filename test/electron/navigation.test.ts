import { describe, expect, it, vi } from 'vitest';
import { createWindowOpenHandler, guardNavigation } from '../../electron/navigation';

type Listener = (event: { url: string; preventDefault: () => void }) => void;

function fakeContents() {
  const listeners = new Map<string, Listener>();
  let openHandler: ((details: { url: string }) => unknown) | undefined;
  const contents = {
    on: vi.fn((event: string, listener: Listener) => listeners.set(event, listener)),
    setWindowOpenHandler: vi.fn((handler: (details: { url: string }) => unknown) => {
      openHandler = handler;
    }),
  };
  return {
    contents,
    emit: (name: string, url: string) => {
      const event = { url, preventDefault: vi.fn() };
      listeners.get(name)?.(event);
      return event;
    },
    open: (url: string) => openHandler?.({ url }),
  };
}

describe('createWindowOpenHandler', () => {
  it('denies every new window and opens https links externally', () => {
    const openExternal = vi.fn().mockResolvedValue(undefined);
    const handler = createWindowOpenHandler(openExternal);
    expect(handler({ url: 'https://www.birmingham.gov.uk/' })).toEqual({ action: 'deny' });
    expect(openExternal).toHaveBeenCalledWith('https://www.birmingham.gov.uk/');
  });

  it.each(['http://example.org/', 'javascript:alert(1)', 'file:///etc/passwd', 'app://liaison/'])(
    'denies %s without opening it anywhere',
    (url) => {
      const openExternal = vi.fn().mockResolvedValue(undefined);
      expect(createWindowOpenHandler(openExternal)({ url })).toEqual({ action: 'deny' });
      expect(openExternal).not.toHaveBeenCalled();
    },
  );

  it('reports, not swallows, a failure to open the browser', async () => {
    const error = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const openExternal = vi.fn().mockRejectedValue(new Error('no browser'));
    createWindowOpenHandler(openExternal)({ url: 'https://example.org/' });
    await vi.waitFor(() => expect(error).toHaveBeenCalled());
    error.mockRestore();
  });
});

describe('guardNavigation', () => {
  it('prevents every navigation and hands only https to the browser', () => {
    const openExternal = vi.fn().mockResolvedValue(undefined);
    const fake = fakeContents();
    guardNavigation(fake.contents as never, openExternal);

    const https = fake.emit('will-navigate', 'https://www.leipzig.de/');
    const http = fake.emit('will-navigate', 'http://www.leipzig.de/');
    const file = fake.emit('will-navigate', 'file:///etc/passwd');
    for (const event of [https, http, file]) expect(event.preventDefault).toHaveBeenCalled();
    expect(openExternal).toHaveBeenCalledTimes(1);
    expect(openExternal).toHaveBeenCalledWith('https://www.leipzig.de/');
  });

  it('installs the window-open handler and refuses webviews', () => {
    const fake = fakeContents();
    guardNavigation(fake.contents as never, vi.fn().mockResolvedValue(undefined));
    expect(fake.open('https://example.org/')).toEqual({ action: 'deny' });
    expect(fake.emit('will-attach-webview', 'about:blank').preventDefault).toHaveBeenCalled();
  });
});
