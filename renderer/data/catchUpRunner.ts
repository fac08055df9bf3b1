/**
 * Runs a catch-up (reading the changes after a checkpoint into a derived
 * store) one run at a time. A call while a run is under way makes that run
 * go round once more, so a change written during it is never left behind;
 * nothing runs once `stopped()` says so.
 */
export class CatchUpRunner {
  private running: Promise<void> | null = null;
  private again = false;

  constructor(
    private readonly pass: () => Promise<void>,
    private readonly stopped: () => boolean,
  ) {}

  /** Resolves once every change made before the call has been read. */
  run(): Promise<void> {
    if (this.running) {
      this.again = true;
      return this.running;
    }
    const loop = async () => {
      do {
        this.again = false;
        await this.pass();
      } while (this.again && !this.stopped());
    };
    this.running = loop().finally(() => (this.running = null));
    return this.running;
  }

  /** Resolves when the run under way, if any, has ended (failed or not). */
  async settled(): Promise<void> {
    await this.running?.catch(() => undefined);
  }
}
