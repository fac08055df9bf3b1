import { describe, expect, it } from 'vitest';
import {
  checkSignIn,
  describeSignInFailure,
  NoWorkspaceAccessError,
} from '../../../../renderer/features/sync/signIn/signInModel';
import { PlatformError } from '../../../../renderer/platform/platformError';
import { SyncError } from '../../../../renderer/replication/syncError';

describe('checkSignIn', () => {
  it('normalises the address and trims the email', () => {
    expect(
      checkSignIn({
        serverUrl: ' liaison.birmingham.example/ ',
        email: ' sarah@birmingham.example ',
        password: ' secret ',
      }),
    ).toEqual({
      ok: true,
      serverUrl: 'https://liaison.birmingham.example',
      email: 'sarah@birmingham.example',
      password: ' secret ',
    });
  });

  it('names every missing or malformed field', () => {
    expect(checkSignIn({ serverUrl: '', email: '', password: '' })).toEqual({
      ok: false,
      errors: { serverUrl: 'serverRequired', email: 'emailRequired', password: 'passwordRequired' },
    });
    expect(
      checkSignIn({ serverUrl: 'ftp://files.example', email: 'sarah', password: 'x' }),
    ).toEqual({ ok: false, errors: { serverUrl: 'serverInvalid', email: 'emailInvalid' } });
  });
});

describe('describeSignInFailure', () => {
  const server = 'https://liaison.birmingham.example';

  it.each([
    [new SyncError('unreachable', 'down'), 'unreachable', { server }],
    [new SyncError('unauthorized', 'no', 401), 'unauthorized', {}],
    [new SyncError('rateLimited', 'slow down', 429), 'rateLimited', {}],
    [new SyncError('tooOld', 'update', 426), 'tooOld', {}],
    [new SyncError('forbidden', 'no', 403), 'forbidden', {}],
    [new SyncError('notFound', 'no', 404), 'notFound', { server }],
    [new SyncError('server', 'boom', 500), 'server', {}],
    [new SyncError('rejected', 'bad body', 400), 'other', { message: 'bad body' }],
    [new PlatformError('SESSION_NOT_ENCRYPTED', 'no keychain'), 'notEncrypted', {}],
    [
      new PlatformError('SESSION_STORE_FAILED', 'disk full'),
      'storeFailed',
      { message: 'disk full' },
    ],
    [new NoWorkspaceAccessError('Birmingham'), 'noAccess', { workspace: 'Birmingham' }],
    [new SyntaxError('Unexpected token <'), 'notFound', { server }],
    [new Error('odd'), 'other', { message: 'odd' }],
  ])('words %s as %s', (error, key, values) => {
    expect(describeSignInFailure(error, server)).toEqual({ key, values });
  });
});
