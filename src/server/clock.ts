/**
 * The center's notion of now, in epoch ms. Injected everywhere time
 * matters (token expiry, SLA deadlines, event timestamps, the simulator),
 * so tests can move time instead of waiting for it.
 */
export type Clock = () => number;

export const systemClock: Clock = () => Date.now();
