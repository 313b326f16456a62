import { notifications } from '@mantine/notifications';
import { useLocation } from 'wouter';
import type { IncomingCall } from '../../../shared/contract/intake/call-schemas';
import type { IntakeDraft } from '../../../shared/contract/intake/intake-draft-schema';
import { useSeatClient } from '../../api/seat-client-context';
import { useCoreEvent } from '../../api/use-core-event';
import { notifyCallFailure } from '../../components/call-failure-notification';
import { useT } from '../../i18n/use-t';
import { focusIntakeElement } from './intake-element-ids';
import type { IntakeStore } from './intake-store';

/** The draft the core made for the call, as the event describes it: used if drafts.get cannot answer. */
function draftFromCall(call: IncomingCall): IntakeDraft {
  return {
    id: call.draftId,
    callId: call.callId,
    callStartedAt: call.at,
    // As the core fills it: the number as the operator reads it.
    fields: { channel: 'phone', callerPhone: call.phone.display },
    createdAt: call.at,
    updatedAt: call.at,
  };
}

/**
 * Screen-pop: a ringing call opens its intake wherever the operator is. An
 * empty intake on screen gives way; one with content stays open beside it
 * (Alt+O switches), so nothing typed is ever replaced.
 */
export function useIncomingCalls(store: IntakeStore, intakePath: string): void {
  const client = useSeatClient();
  const t = useT();
  const [, navigate] = useLocation();

  async function open(call: IncomingCall) {
    let stored: IntakeDraft | null = null;
    try {
      stored = await client.call('drafts.get', { id: call.draftId });
    } catch (error) {
      notifyCallFailure(error);
    }
    const { replaced, keptBeside } = store.adopt(stored ?? draftFromCall(call), call.phone);
    if (replaced && replaced.savedAt !== null) {
      client.call('drafts.discard', { id: replaced.id }).catch(notifyCallFailure);
    }
    notifications.show({
      color: 'blue',
      title: t('intake.call.incoming', { phone: call.phone.display || t('phone.withheld') }),
      message: keptBeside ? t('intake.call.keptPrevious') : undefined,
    });
    focusIntakeElement('description');
  }

  useCoreEvent('call.incoming', (call) => {
    navigate(intakePath);
    void open(call);
  });
}
