import { errorMessage } from '../../../../shared/text/errorMessage';
import { PlatformError } from '../../../platform/platformError';
import { normaliseServerUrl } from '../../../replication/serverClient';
import { SyncError } from '../../../replication/syncError';

/** What the sign-in form asks for. */
export interface SignInValues {
  serverUrl: string;
  email: string;
  password: string;
}

/** A field's problem, as a key of signInMessages.fields. */
export type SignInFieldIssue =
  'serverRequired' | 'serverInvalid' | 'emailRequired' | 'emailInvalid' | 'passwordRequired';

export type SignInFieldErrors = Partial<Record<keyof SignInValues, SignInFieldIssue>>;

/** The checked form: its field problems, or the values ready to send (address normalised). */
export type CheckedSignIn =
  | { ok: false; errors: SignInFieldErrors }
  | { ok: true; serverUrl: string; email: string; password: string };

/** Checks the fields before anything goes to the network. */
export function checkSignIn(values: SignInValues): CheckedSignIn {
  const errors: SignInFieldErrors = {};
  let serverUrl = '';
  if (values.serverUrl.trim() === '') errors.serverUrl = 'serverRequired';
  else {
    try {
      serverUrl = normaliseServerUrl(values.serverUrl);
    } catch {
      errors.serverUrl = 'serverInvalid';
    }
  }
  const email = values.email.trim();
  if (email === '') errors.email = 'emailRequired';
  else if (!/^[^\s@]+@[^\s@]+$/.test(email)) errors.email = 'emailInvalid';
  if (values.password === '') errors.password = 'passwordRequired';
  if (Object.keys(errors).length > 0) return { ok: false, errors };
  return { ok: true, serverUrl, email, password: values.password };
}

/** The signed-in account cannot open the workspace the session was for. */
export class NoWorkspaceAccessError extends Error {
  constructor(readonly workspaceName: string) {
    super(`No access to ${workspaceName}.`);
    this.name = 'NoWorkspaceAccessError';
  }
}

/** A key of signInMessages.errors with what it interpolates. */
export interface SignInFailure {
  key:
    | 'unreachable'
    | 'unauthorized'
    | 'rateLimited'
    | 'tooOld'
    | 'forbidden'
    | 'notFound'
    | 'server'
    | 'other'
    | 'notEncrypted'
    | 'storeFailed'
    | 'noAccess';
  values: { server?: string; message?: string; workspace?: string };
}

/** Why signing in failed, in terms the user can act on. */
export function describeSignInFailure(error: unknown, server: string): SignInFailure {
  if (error instanceof SyncError) {
    switch (error.code) {
      case 'unreachable':
        return { key: 'unreachable', values: { server } };
      case 'unauthorized':
        return { key: 'unauthorized', values: {} };
      case 'rateLimited':
        return { key: 'rateLimited', values: {} };
      case 'tooOld':
        return { key: 'tooOld', values: {} };
      case 'forbidden':
        return { key: 'forbidden', values: {} };
      case 'notFound':
        return { key: 'notFound', values: { server } };
      case 'server':
        return { key: 'server', values: {} };
      default:
        return { key: 'other', values: { message: error.message } };
    }
  }
  if (error instanceof PlatformError) {
    if (error.code === 'SESSION_NOT_ENCRYPTED') return { key: 'notEncrypted', values: {} };
    return { key: 'storeFailed', values: { message: error.message } };
  }
  if (error instanceof NoWorkspaceAccessError) {
    return { key: 'noAccess', values: { workspace: error.workspaceName } };
  }
  // A server that is not Liaison's may answer with a page instead of JSON.
  if (error instanceof SyntaxError) return { key: 'notFound', values: { server } };
  return {
    key: 'other',
    values: { message: errorMessage(error) },
  };
}
