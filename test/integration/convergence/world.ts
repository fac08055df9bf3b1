import { Writable } from 'node:stream';
import type { Client, ListeningServer, SyncLab, TestWorkspace } from '../syncHarness';
import { within } from './settle';

const STOP_BOUND_MS = 10_000;

/** A 5xx or an error the server logged. */
export interface ServerProblem {
  status?: number;
  message: string;
}

/** One simulated device: the app's store and replication (through the sync harness), and its author. */
export interface Device {
  index: number;
  client: Client;
  author: string;
  online: boolean;
  /** Pushes this device has in flight. */
  pushing: number;
}

/**
 * The server and three (or more) devices of one run, on a workspace of its
 * own in the lab's database. The server's pino log is read as it is written,
 * keeping every 5xx response and error-level line.
 */
export class World {
  serverUp = true;
  readonly devices: Device[] = [];
  private readonly pushWaiters = new Set<() => void>();
  private readonly port: number;
  /** Whether the current server is shutting down: its 503s are then the shutdown's, not faults. */
  private shutdown = { closing: false };

  private constructor(
    readonly lab: SyncLab,
    readonly workspace: TestWorkspace,
    public server: ListeningServer,
    readonly problems: ServerProblem[],
  ) {
    this.port = server.port;
  }

  static async open(lab: SyncLab, deviceCount: number): Promise<World> {
    const problems: ServerProblem[] = [];
    const shutdown = { closing: false };
    const server = await lab.server({ logger: capturedLog(problems, shutdown) });
    const world = new World(lab, await lab.workspace(server), server, problems);
    world.shutdown = shutdown;
    for (let index = 0; index < deviceCount; index++) {
      const who = index % 2 === 1 ? 'admin' : 'editor';
      // The client is set just below: its fetch needs the device (the same object) first.
      const device = { index, author: world.workspace[who].user.id, online: true, pushing: 0 };
      const client = await lab.client(server, world.workspace, who, {
        fetch: world.deviceFetch(device),
      });
      world.devices.push(Object.assign(device, { client }));
    }
    return world;
  }

  /**
   * The device's network: refused while it is offline (as a laptop without
   * one would see it), and pushes counted so the server can be stopped mid-push.
   */
  private deviceFetch(device: Omit<Device, 'client'>): typeof fetch {
    return async (input, init) => {
      if (!device.online) throw new TypeError('fetch failed (device offline)');
      const isPush = String(input instanceof Request ? input.url : input).endsWith('/push');
      if (!isPush) return fetch(input, init);
      device.pushing++;
      for (const wake of this.pushWaiters) wake();
      try {
        return await fetch(input, init);
      } finally {
        device.pushing--;
      }
    };
  }

  setOnline(device: Device, online: boolean): void {
    device.online = online;
    device.client.network.set(online);
  }

  /**
   * Stops the server while a push is in flight: at once if one is, else at the
   * next push to start (bounded, for a run where no device has anything to send).
   */
  async stopServerMidPush(boundMs = 3_000): Promise<boolean> {
    if (!this.serverUp) return false;
    let timer: NodeJS.Timeout | undefined;
    if (!this.devices.some((device) => device.pushing > 0)) {
      await new Promise<void>((resolve) => {
        this.pushWaiters.add(resolve);
        timer = setTimeout(resolve, boundMs);
      }).finally(() => {
        this.pushWaiters.clear();
        clearTimeout(timer);
      });
    }
    const midPush = this.devices.some((device) => device.pushing > 0);
    this.serverUp = false;
    this.shutdown.closing = true;
    const stopped = this.server.stop();
    // A graceful stop that never ends is a finding; the run goes on as after a forced kill.
    if (!(await within(stopped, STOP_BOUND_MS))) {
      this.problems.push({
        message: `graceful server stop did not finish in ${STOP_BOUND_MS / 1000} s; connections closed by force`,
      });
      this.server.server.app.server.closeAllConnections();
      await stopped;
    }
    return midPush;
  }

  /** Back on the same port, so the devices find it where they left it. */
  async startServer(): Promise<void> {
    if (this.serverUp) return;
    this.shutdown = { closing: false };
    this.server = await this.lab.server({
      port: this.port,
      logger: capturedLog(this.problems, this.shutdown),
    });
    this.serverUp = true;
  }
}

/** A pino destination that keeps what the checker needs: 5xx responses and error-level lines. */
function capturedLog(problems: ServerProblem[], shutdown: { closing: boolean }) {
  const stream = new Writable({
    write(chunk: Buffer, _encoding, done) {
      for (const line of chunk.toString('utf8').split('\n')) {
        if (!line.trim()) continue;
        const entry = JSON.parse(line) as { level: number; res?: { statusCode?: number } };
        const status = entry.res?.statusCode;
        const shuttingDown = status === 503 && shutdown.closing;
        if (((status !== undefined && status >= 500) || entry.level >= 50) && !shuttingDown) {
          problems.push({ status, message: line.slice(0, 600) });
        }
      }
      done();
    },
  });
  return { level: 'info', stream };
}
