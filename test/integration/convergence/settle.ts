import type { World } from './world';

const COLLECTIONS = ['contacts', 'visits', 'agendaItems'] as const;

/** Resolves true when `promise` does, false if `ms` pass first (a bound, not a pause). */
export async function within(promise: Promise<unknown>, ms: number): Promise<boolean> {
  let timer: NodeJS.Timeout | undefined;
  const bound = new Promise<false>((resolve) => (timer = setTimeout(() => resolve(false), ms)));
  try {
    return await Promise.race([promise.then(() => true), bound]);
  } finally {
    clearTimeout(timer);
  }
}

/** JSON with keys sorted (PostgreSQL's jsonb keeps its own key order) and without `_` bookkeeping. */
function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  if (value && typeof value === 'object') {
    const entries = Object.entries(value)
      .filter(([key, field]) => !key.startsWith('_') && field !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([key, field]) => `${JSON.stringify(key)}:${canonical(field)}`).join(',')}}`;
  }
  return JSON.stringify(value);
}

/** Each side's live documents as one string: equal strings, equal stores. */
async function fingerprints(world: World): Promise<{ server: string; devices: string[] }> {
  const rows = await world.lab.rows(world.workspace.workspaceId);
  const serverDocs = rows
    .filter((row) => !row.deleted)
    .map((row) => `${row.collection} ${canonical(row.data)}`)
    .sort();
  const devices = await Promise.all(
    world.devices.map(async (device) => {
      const docs: string[] = [];
      for (const collection of COLLECTIONS) {
        for (const document of await device.client.database[collection].find().exec()) {
          docs.push(`${collection} ${canonical(document.toJSON())}`);
        }
      }
      return JSON.stringify([docs.sort(), device.client.replication.status$.value.pending]);
    }),
  );
  return { server: JSON.stringify([serverDocs, 0]), devices };
}

/**
 * Everyone online, the server up, then rounds of "Sync now" and waiting for
 * each device to be in sync, until two rounds in a row see the same state
 * and every device matches the server with nothing pending. Returns why it
 * did not get there, if it did not, within `rounds` rounds.
 */
export async function settle(
  world: World,
  rounds = 12,
  roundMs = 15_000,
): Promise<string | undefined> {
  await world.startServer();
  for (const device of world.devices) world.setOnline(device, true);
  let previous = '';
  let late: number[] = [];
  for (let round = 0; round < rounds; round++) {
    await Promise.all(world.devices.map((device) => device.client.replication.syncNow()));
    const inSync = await Promise.all(
      world.devices.map((device) => within(device.client.replication.awaitInSync(), roundMs)),
    );
    late = inSync.flatMap((done, index) => (done ? [] : [index]));
    const state = await fingerprints(world);
    const current = JSON.stringify([await world.lab.sequence(world.workspace.workspaceId), state]);
    const matching = state.devices.every((device) => device === state.server);
    if (late.length === 0 && matching && current === previous) return undefined;
    previous = current;
  }
  return late.length > 0
    ? `devices ${late.map((index) => `d${index}`).join(', ')} never reported in sync`
    : `no stable state in ${rounds} rounds`;
}
