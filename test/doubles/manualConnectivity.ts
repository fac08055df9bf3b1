import type { Connectivity } from '../../renderer/replication/connectivity';

/**
 * Connectivity switched by hand: for the integration tests and the sync
 * benchmark, which play a laptop going offline and coming back.
 */
export class ManualConnectivity implements Connectivity {
  private online = true;
  private readonly listeners = new Set<(online: boolean) => void>();

  isOnline = () => this.online;

  subscribe(listener: (online: boolean) => void) {
    this.listeners.add(listener);
    return () => {
      this.listeners.delete(listener);
    };
  }

  set(online: boolean) {
    this.online = online;
    for (const listener of this.listeners) listener(online);
  }
}
