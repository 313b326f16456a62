import type { Handlers } from '../contract/dispatcher';
import type { SyncEngine } from './sync-engine';

type SyncMethod = 'sync.status' | 'sync.signIn' | 'sync.signOut' | 'sync.now' | 'sync.connect' | 'sync.rejections' | 'sync.dismissRejection';

export function createSyncHandlers(engine: SyncEngine): Pick<Handlers, SyncMethod> {
  return {
    'sync.status': () => engine.status(),
    'sync.signIn': ({ username, password }) => engine.signIn(username, password),
    'sync.signOut': () => engine.signOut(),
    'sync.now': () => engine.syncNow(),
    'sync.connect': ({ centerUrl, seatId }) => engine.connect(centerUrl, seatId),
    'sync.rejections': () => engine.rejections(),
    'sync.dismissRejection': ({ clientSeq }) => ({ dismissed: engine.dismissRejection(clientSeq) }),
  };
}
