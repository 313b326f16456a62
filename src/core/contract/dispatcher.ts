import type { SeatBridge } from '../../shared/contract/bridge';
import {
  ContractError,
  describeIssues,
  issuesFromZod,
} from '../../shared/contract/contract-error';
import type { Envelope } from '../../shared/contract/envelope';
import {
  isMethodName,
  methods,
  type MethodName,
  type MethodOutput,
  type MethodParsedInput,
} from '../../shared/contract/methods';

export type Handler<M extends MethodName> = (
  input: MethodParsedInput<M>,
) => MethodOutput<M> | Promise<MethodOutput<M>>;

export type Handlers = { [M in MethodName]: Handler<M> };

export interface DispatcherOptions {
  /** Check outputs against the contract too (tests turn this on). */
  validateOutput?: boolean;
  /** Where methods without a local handler go (the shell forwards to the core worker). */
  fallback?: SeatBridge['invoke'];
  /** Called with unexpected handler failures, for logs. */
  onHandlerFailure?: (method: string, error: unknown) => void;
}

export type Dispatch = SeatBridge['invoke'];

/**
 * The single door into a set of handlers: unknown methods and malformed
 * inputs are refused here with the method, field and reason, so no handler
 * ever sees unchecked data.
 */
export function createDispatcher(handlers: Partial<Handlers>, options: DispatcherOptions = {}): Dispatch {
  return async (method, rawInput) => {
    if (!isMethodName(method)) {
      return failure('unknown_method', method, `${method}: no such method in the contract`);
    }
    const handler = handlers[method] as Handler<MethodName> | undefined;
    if (!handler) {
      if (options.fallback) return options.fallback(method, rawInput);
      return failure('unknown_method', method, `${method}: not served here`);
    }
    const parsed = methods[method].input.safeParse(rawInput ?? {});
    if (!parsed.success) {
      const issues = issuesFromZod(parsed.error);
      return { ok: false, error: { code: 'invalid_input', method, message: describeIssues(method, issues), issues } };
    }
    let value: unknown;
    try {
      value = await handler(parsed.data as never);
    } catch (error) {
      if (error instanceof ContractError) return { ok: false, error: error.toData() };
      options.onHandlerFailure?.(method, error);
      const message = error instanceof Error ? error.message : String(error);
      return failure('handler_failed', method, `${method}: ${message}`);
    }
    if (options.validateOutput) {
      const checked = methods[method].output.safeParse(value);
      if (!checked.success) {
        const issues = issuesFromZod(checked.error);
        return { ok: false, error: { code: 'invalid_output', method, message: describeIssues(method, issues), issues } };
      }
    }
    return { ok: true, value };
  };
}

function failure(code: 'unknown_method' | 'handler_failed', method: string, message: string): Envelope {
  return { ok: false, error: { code, method, message, issues: [] } };
}
