import type { SeatBridge } from './bridge';
import { ContractError } from './contract-error';
import type { EventName, EventPayload } from './events';
import type { MethodInput, MethodName, MethodOutput } from './methods';

/** Typed calls over any bridge; failures become ContractError. */
export interface SeatClient {
  call<M extends MethodName>(method: M, input: MethodInput<M>): Promise<MethodOutput<M>>;
  on<E extends EventName>(event: E, listener: (payload: EventPayload<E>) => void): () => void;
}

export function createSeatClient(bridge: SeatBridge): SeatClient {
  return {
    async call(method, input) {
      const envelope = await bridge.invoke(method, input);
      if (!envelope.ok) throw new ContractError(envelope.error);
      return envelope.value as never;
    },
    on(event, listener) {
      return bridge.subscribe(event, listener as (payload: unknown) => void);
    },
  };
}
