// Shared by the Electron main process and the preload, so it imports nothing:
// the preload bundle stays a few lines with no zod in it.

/** renderer → main: (method, input), answered with an Envelope. */
export const seatInvokeChannel = 'seat:invoke';

/** main → renderer: (event, payload). */
export const seatEventChannel = 'seat:event';
