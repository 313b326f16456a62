import type { IncomingCall } from '../../shared/contract/intake/call-schemas';
import { normalizePhone } from '../../shared/phone/normalize-phone';
import type { DraftStore } from './draft-store';

export interface RingingCall {
  callId: string;
  ani: string;
  dnis: string;
  at: number;
}

/**
 * A ringing call becomes an intake draft with the channel and the caller's
 * number filled in, so the operator's first keystroke already lands in a
 * saved draft. One draft per call id: a softphone that repeats its event
 * reopens the same intake instead of starting a second one.
 */
export function openIntakeForCall(drafts: DraftStore, call: RingingCall, newDraftId: () => string, now: number): IncomingCall {
  const phone = normalizePhone(call.ani);
  // The number field starts with the readable form of a number the seat understood (normalizePhone reads
  // it back the same), what arrived for one it did not (invisible characters made visible), or nothing.
  const fields = { channel: 'phone', callerPhone: phone.display };
  const draft =
    drafts.forCall(call.callId) ?? drafts.save({ id: newDraftId(), callId: call.callId, callStartedAt: call.at, fields }, now);
  return { callId: call.callId, draftId: draft.id, phone, dnis: call.dnis, at: call.at };
}

