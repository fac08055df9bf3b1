/**
 * Where the end-to-end tests serve the app and the sync server, and the
 * accounts `syncServer.mjs` seeds (the admin) and `sync.e2e.ts` adds (a member).
 */
export const appPort = Number(process.env.E2E_PORT ?? 4317);
export const syncPort = Number(process.env.E2E_SYNC_PORT ?? 8788);

export const appOrigin = `http://127.0.0.1:${appPort}`;
export const syncServerUrl = `http://127.0.0.1:${syncPort}`;

export const admin = {
  email: 'ann.admin@example.org',
  name: 'Ann Admin',
  password: 'e2e-admin-password-1992',
  workspace: 'International Affairs',
};

export const member = {
  email: 'ben.member@example.org',
  name: 'Ben Member',
  password: 'e2e-member-password-1992',
};
