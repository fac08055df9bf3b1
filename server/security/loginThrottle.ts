/**
 * Slows password guessing: after `maxFailures` failed logins for one email
 * within `windowMs`, further attempts for it are refused until the window
 * has passed. Per process; each server behind a load balancer keeps its own.
 */
export class LoginThrottle {
  private readonly failures = new Map<string, { count: number; since: number }>();

  constructor(
    private readonly maxFailures = 5,
    private readonly windowMs = 15 * 60_000,
    private readonly now: () => number = Date.now,
  ) {}

  /** Milliseconds until this email may try again, or 0 when it may now. */
  retryAfter(email: string): number {
    const entry = this.failures.get(key(email));
    if (!entry) return 0;
    const elapsed = this.now() - entry.since;
    if (elapsed >= this.windowMs) {
      this.failures.delete(key(email));
      return 0;
    }
    return entry.count >= this.maxFailures ? this.windowMs - elapsed : 0;
  }

  recordFailure(email: string): void {
    const entry = this.failures.get(key(email));
    if (!entry || this.now() - entry.since >= this.windowMs) {
      this.failures.set(key(email), { count: 1, since: this.now() });
    } else {
      entry.count += 1;
    }
    // Bound the memory an attacker cycling through addresses can take.
    if (this.failures.size > 10_000) {
      const oldest = this.failures.keys().next().value;
      if (oldest !== undefined) this.failures.delete(oldest);
    }
  }

  recordSuccess(email: string): void {
    this.failures.delete(key(email));
  }
}

const key = (email: string) => email.trim().toLowerCase();
