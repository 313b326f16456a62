import type { SeatBridge } from '../../shared/contract/bridge';
import { eventNames } from '../../shared/contract/events';
import type { FromCore, PortLike, ToCore } from './port-messages';

/** The core's side of the MessagePort transport: calls in, results and events out. */
export function serveOverPort(port: PortLike, bridge: SeatBridge, onClose: () => void): void {
  const send = (message: FromCore) => port.postMessage(message);
  for (const event of eventNames) {
    bridge.subscribe(event, (payload) => send({ type: 'event', event, payload }));
  }
  port.on('message', (raw) => {
    const message = raw as ToCore;
    if (message.type === 'close') {
      onClose();
      send({ type: 'closed' });
      return;
    }
    if (message.type === 'invoke') {
      void bridge.invoke(message.method, message.input).then((envelope) => {
        send({ type: 'result', id: message.id, envelope });
      });
    }
  });
}
