import type { Clock } from '../clock';

export interface SignInThrottleOptions {
  /** Sign-ins that did not succeed an account may have within the window before it is refused. */
  maxFailures: number;
  windowMs: number;
}

export const defaultSignInThrottle: SignInThrottleOptions = { maxFailures: 5, windowMs: 15 * 60_000 };

/**
 * Slows password guessing against one account: after `maxFailures` wrong
 * passwords within `windowMs`, that username is refused until the oldest
 * failure leaves the window; a right password clears its count. The
 * attempts for one username are checked one at a time, in order (`inTurn`):
 * guesses sent all at once are refused as soon as five have failed, while
 * many seats signing in with one account at once all get in. Keyed by
 * the username as typed (lower case), known or not, so a refusal says
 * nothing about which accounts exist. Kept in memory: a restart forgets it,
 * which costs an attacker a restart of the center they cannot cause.
 */
export class SignInThrottle {
  private readonly failures = new Map<string, number[]>();
  /** Per username, the end of the last attempt queued: the next one starts after it. */
  private readonly turns = new Map<string, Promise<void>>();

  constructor(
    private readonly clock: Clock,
    private readonly options: SignInThrottleOptions = defaultSignInThrottle,
  ) {}

  /** Runs `attempt` once every earlier attempt for `username` has ended. */
  async inTurn<T>(username: string, attempt: () => Promise<T>): Promise<T> {
    const key = keyOf(username);
    const earlier = this.turns.get(key) ?? Promise.resolve();
    let ended!: () => void;
    const done = new Promise<void>((resolve) => (ended = resolve));
    const mine = earlier.then(() => done);
    this.turns.set(key, mine);
    await earlier;
    try {
      return await attempt();
    } finally {
      ended();
      if (this.turns.get(key) === mine) this.turns.delete(key);
    }
  }

  /** Milliseconds until `username` may try again; 0 when it may now. */
  retryAfterMs(username: string): number {
    const recent = this.recent(username);
    if (recent.length < this.options.maxFailures) return 0;
    const oldest = recent[recent.length - this.options.maxFailures] as number;
    return Math.max(1, oldest + this.options.windowMs - this.clock());
  }

  /** Counts an attempt that is let through (a failure unless `succeeded` takes it back). */
  attempted(username: string): void {
    const recent = this.recent(username);
    recent.push(this.clock());
    this.failures.set(keyOf(username), recent);
    // Usernames sprayed once are never looked up again: sweep them before the map grows without bound.
    if (this.failures.size > sweepAboveEntries) this.sweep();
  }

  succeeded(username: string): void {
    this.failures.delete(keyOf(username));
  }

  private sweep(): void {
    const since = this.clock() - this.options.windowMs;
    for (const [key, times] of this.failures) if ((times.at(-1) ?? 0) <= since) this.failures.delete(key);
  }

  private recent(username: string): number[] {
    const since = this.clock() - this.options.windowMs;
    const recent = (this.failures.get(keyOf(username)) ?? []).filter((at) => at > since);
    if (recent.length === 0) this.failures.delete(keyOf(username));
    return recent;
  }
}

const sweepAboveEntries = 10_000;

const keyOf = (username: string) => username.normalize('NFKC').toLowerCase();
