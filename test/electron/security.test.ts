import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import {
  APP_ORIGIN,
  isExternalLinkAllowed,
  isPermissionAllowed,
  isTrustedSender,
  originOf,
  parseDevServerUrl,
  resolveAppUrlToFile,
  validatePayload,
} from '../../electron/security';

const root = path.resolve('/srv/liaison/dist/renderer');

describe('isTrustedSender', () => {
  it('trusts pages of app://liaison', () => {
    expect(isTrustedSender('app://liaison/')).toBe(true);
    expect(isTrustedSender('app://liaison/index.html#/contacts')).toBe(true);
  });

  it.each([
    ['another host on the app scheme', 'app://evil/index.html'],
    ['a lookalike host', 'app://liaison.evil.com/'],
    ['credentials smuggled into the URL', 'app://user@liaison/'],
    ['https', 'https://liaison/'],
    ['http on localhost', 'http://127.0.0.1:5173/'],
    ['a file URL', 'file:///srv/liaison/dist/renderer/index.html'],
    ['about:blank', 'about:blank'],
    ['a data URL', 'data:text/html,<script>1</script>'],
    ['an empty string', ''],
    ['no frame at all', undefined],
    ['a gone frame', null],
    ['garbage', 'not a url'],
  ])('refuses %s', (_label, url) => {
    expect(isTrustedSender(url)).toBe(false);
  });

  it('trusts the dev server only when it is the trusted origin', () => {
    expect(isTrustedSender('http://127.0.0.1:5173/', ['http://127.0.0.1:5173'])).toBe(true);
    expect(isTrustedSender('http://127.0.0.1:5174/', ['http://127.0.0.1:5173'])).toBe(false);
    expect(isTrustedSender('app://liaison/', ['http://127.0.0.1:5173'])).toBe(false);
  });
});

describe('originOf', () => {
  it('gives scheme and host for non-special schemes, where URL.origin is "null"', () => {
    expect(new URL('app://liaison/x').origin).toBe('null');
    expect(originOf('app://liaison/x')).toBe(APP_ORIGIN);
    expect(originOf('http://localhost:5173/a')).toBe('http://localhost:5173');
  });
});

describe('isExternalLinkAllowed', () => {
  it('allows https links', () => {
    expect(isExternalLinkAllowed('https://www.birmingham.gov.uk/')).toBe(true);
    expect(isExternalLinkAllowed('https://www.leipzig.de/a?b=c#d')).toBe(true);
  });

  it.each([
    'http://www.leipzig.de/',
    'javascript:alert(1)',
    'JAVASCRIPT:alert(1)',
    'file:///etc/passwd',
    'app://liaison/',
    'data:text/html,hi',
    'mailto:someone@example.org',
    'smb://server/share',
    'https://user:secret@example.org/',
    'https://',
    '',
    'not a url',
  ])('refuses %s', (url) => {
    expect(isExternalLinkAllowed(url)).toBe(false);
  });
});

describe('isPermissionAllowed', () => {
  it('grants clipboard writes to our own pages only', () => {
    expect(isPermissionAllowed('clipboard-sanitized-write', 'app://liaison/')).toBe(true);
    expect(isPermissionAllowed('clipboard-sanitized-write', 'https://example.org/')).toBe(false);
  });

  it.each(['media', 'geolocation', 'notifications', 'openExternal', 'clipboard-read'])(
    'refuses %s even to our own pages',
    (permission) => {
      expect(isPermissionAllowed(permission, 'app://liaison/')).toBe(false);
    },
  );
});

describe('resolveAppUrlToFile', () => {
  it('maps the root and folders onto index.html', () => {
    expect(resolveAppUrlToFile('app://liaison/', root)).toBe(path.join(root, 'index.html'));
    expect(resolveAppUrlToFile('app://liaison', root)).toBe(path.join(root, 'index.html'));
    expect(resolveAppUrlToFile('app://liaison/docs/', root)).toBe(
      path.join(root, 'docs', 'index.html'),
    );
  });

  it('maps assets under the root, decoding and ignoring query and hash', () => {
    expect(resolveAppUrlToFile('app://liaison/assets/index-abc.js?v=1#x', root)).toBe(
      path.join(root, 'assets', 'index-abc.js'),
    );
    expect(resolveAppUrlToFile('app://liaison/fonts/Noto%20Sans.woff2', root)).toBe(
      path.join(root, 'fonts', 'Noto Sans.woff2'),
    );
  });

  it.each([
    'app://liaison/../../etc/passwd',
    'app://liaison/assets/../../../etc/passwd',
    'app://liaison/%2e%2e/%2e%2e/etc/passwd',
    'app://liaison/%2E%2E%2F%2E%2E%2Fetc%2Fpasswd',
    'app://liaison/assets/%2e%2e%2f%2e%2e%2f%2e%2e%2fetc/passwd',
    'app://liaison/..%5c..%5cwindows%5cwin.ini',
    'app://liaison/assets%5c..%5c..%5csecret',
    'app://liaison/index.html%00.png',
    'app://liaison/%E0%A4%A',
  ])('refuses the traversal attempt %s', (url) => {
    expect(resolveAppUrlToFile(url, root)).toBeNull();
  });

  it('never returns a path outside the root, whatever the URL', () => {
    const attempts = ['..', '%2e%2e', '.%2e', '%2e.', '..%2f', '%252e%252e'].flatMap((dots) => [
      `app://liaison/${dots}/${dots}/etc/passwd`,
      `app://liaison/a/${dots}/${dots}/${dots}/b`,
    ]);
    for (const url of attempts) {
      const file = resolveAppUrlToFile(url, root);
      if (file !== null) expect(file.startsWith(root + path.sep)).toBe(true);
    }
  });

  it.each([
    'app://evil/index.html',
    'https://liaison/index.html',
    'file:///etc/passwd',
    'not a url',
  ])('refuses URLs that are not ours: %s', (url) => {
    expect(resolveAppUrlToFile(url, root)).toBeNull();
  });
});

describe('parseDevServerUrl', () => {
  it('accepts a loopback http dev server when unpackaged', () => {
    expect(parseDevServerUrl('http://127.0.0.1:5173/', false)).toBe('http://127.0.0.1:5173/');
    expect(parseDevServerUrl('http://localhost:5173', false)).toBe('http://localhost:5173/');
  });

  it('ignores the variable in a packaged app', () => {
    expect(parseDevServerUrl('http://127.0.0.1:5173/', true)).toBeNull();
  });

  it.each(['https://127.0.0.1:5173/', 'http://example.org/', 'file:///tmp/x.html', 'nonsense'])(
    'refuses %s',
    (url) => {
      expect(parseDevServerUrl(url, false)).toBeNull();
    },
  );

  it('returns null when unset', () => {
    expect(parseDevServerUrl(undefined, false)).toBeNull();
  });
});

describe('validatePayload', () => {
  const schema = z.object({ name: z.string().min(1) });

  it('returns the parsed value for a valid payload', () => {
    expect(validatePayload(schema, { name: 'Leipzig' })).toEqual({
      ok: true,
      value: { name: 'Leipzig' },
    });
  });

  it('names the bad field in its message', () => {
    const result = validatePayload(schema, { name: 42 });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.message).toMatch(/^name: /);
  });

  it('refuses a payload that is not an object', () => {
    const result = validatePayload(schema, 'name');
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.message).toMatch(/^\(payload\): /);
  });
});
