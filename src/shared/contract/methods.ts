import { z } from 'zod';
import { seatHealthSchema, seatInfoSchema, syncStatusSchema } from './seat-schemas';
import { settingsPatchSchema, settingsSchema } from '../settings/settings-schema';

const noInput = z.object({}).strict();

/**
 * Every method the renderer may call. Inputs are validated where they enter
 * the core (or the shell, for settings); outputs are checked in tests.
 */
export const methods = {
  'seat.info': { input: noInput, output: seatInfoSchema },
  'seat.health': { input: noInput, output: seatHealthSchema },
  'sync.status': { input: noInput, output: syncStatusSchema },
  'settings.get': { input: noInput, output: settingsSchema },
  'settings.update': { input: settingsPatchSchema, output: settingsSchema },
} as const;

export type MethodName = keyof typeof methods;
export type MethodInput<M extends MethodName> = z.input<(typeof methods)[M]['input']>;
export type MethodParsedInput<M extends MethodName> = z.output<(typeof methods)[M]['input']>;
export type MethodOutput<M extends MethodName> = z.output<(typeof methods)[M]['output']>;

export function isMethodName(name: string): name is MethodName {
  return Object.hasOwn(methods, name);
}
