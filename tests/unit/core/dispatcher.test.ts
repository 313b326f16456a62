import { describe, expect, it } from 'vitest';
import { createDispatcher } from '../../../src/core/contract/dispatcher';
import { ContractError } from '../../../src/shared/contract/contract-error';
import { defaultSettings } from '../../../src/shared/settings/settings-schema';

const settingsHandlers = {
  'settings.get': () => defaultSettings,
  'settings.update': () => defaultSettings,
};

describe('createDispatcher', () => {
  it('refuses a method the contract does not name', async () => {
    const invoke = createDispatcher(settingsHandlers);
    const result = await invoke('tickets.dropAll', {});
    expect(result).toEqual({
      ok: false,
      error: expect.objectContaining({ code: 'unknown_method', method: 'tickets.dropAll' }),
    });
  });

  it('names the method, field and reason of malformed input, and never calls the handler', async () => {
    let called = false;
    const invoke = createDispatcher({
      'settings.update': () => {
        called = true;
        return defaultSettings;
      },
    });
    const result = await invoke('settings.update', { centerUrl: 'ftp://center', seatId: '' });
    expect(called).toBe(false);
    if (result.ok) throw new Error('expected a failure');
    expect(result.error.code).toBe('invalid_input');
    expect(result.error.method).toBe('settings.update');
    expect(result.error.issues.map((i) => i.path).sort()).toEqual(['centerUrl', 'seatId']);
    expect(result.error.message).toMatch(/^settings\.update: /);
  });

  it('refuses unknown fields rather than silently dropping them', async () => {
    const invoke = createDispatcher(settingsHandlers);
    const result = await invoke('settings.update', { sneaky: true });
    expect(result.ok).toBe(false);
  });

  it('passes a ContractError thrown by a handler through unchanged', async () => {
    const invoke = createDispatcher({
      'settings.get': () => {
        throw new ContractError({ code: 'unauthorized', method: 'settings.get', message: 'no', issues: [] });
      },
    });
    expect(await invoke('settings.get', {})).toEqual({
      ok: false,
      error: { code: 'unauthorized', method: 'settings.get', message: 'no', issues: [] },
    });
  });

  it('turns an unexpected handler failure into handler_failed and reports it', async () => {
    const failures: string[] = [];
    const invoke = createDispatcher(
      { 'settings.get': () => { throw new Error('disk full'); } },
      { onHandlerFailure: (method) => failures.push(method) },
    );
    const result = await invoke('settings.get', {});
    expect(result).toMatchObject({ ok: false, error: { code: 'handler_failed', message: 'settings.get: disk full' } });
    expect(failures).toEqual(['settings.get']);
  });

  it('checks outputs when asked to', async () => {
    const invoke = createDispatcher({ 'settings.get': () => ({ locale: 'fr' }) as never }, { validateOutput: true });
    expect(await invoke('settings.get', {})).toMatchObject({ ok: false, error: { code: 'invalid_output' } });
  });

  it('forwards methods it does not serve to the fallback', async () => {
    const invoke = createDispatcher(settingsHandlers, {
      fallback: async (method) => ({ ok: true, value: `forwarded ${method}` }),
    });
    expect(await invoke('seat.info', {})).toEqual({ ok: true, value: 'forwarded seat.info' });
  });
});
