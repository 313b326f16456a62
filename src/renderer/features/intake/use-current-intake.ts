import { useMemo } from 'react';
import { useIntakeSelector, useIntakeStore } from './intake-session-context';

/** A draft holds at most this many documents (intakeDraftFieldsSchema). */
const maxKbDocuments = 50;

export interface CurrentIntake {
  draftId: string;
  kbDocumentIds: readonly string[];
  /** Records a knowledge-base document as used for the intake on screen (直接办结 cites it). */
  attachKbDocument(documentId: string): void;
  detachKbDocument(documentId: string): void;
}

/**
 * The intake on screen, for other features: the knowledge-base panel
 * attaches the documents an operator read out. Works from any section; the
 * draft is saved like any other edit.
 */
export function useCurrentIntake(): CurrentIntake {
  const store = useIntakeStore();
  const draftId = useIntakeSelector((current) => current.current().id);
  const kbDocumentIds = useIntakeSelector((current) => current.current().fields.kbDocumentIds);
  return useMemo(
    () => ({
      draftId,
      kbDocumentIds,
      attachKbDocument(documentId) {
        const ids = store.current().fields.kbDocumentIds;
        if (ids.includes(documentId) || ids.length >= maxKbDocuments) return;
        store.edit({ kbDocumentIds: [...ids, documentId] });
      },
      detachKbDocument(documentId) {
        const ids = store.current().fields.kbDocumentIds;
        store.edit({ kbDocumentIds: ids.filter((id) => id !== documentId) });
      },
    }),
    [store, draftId, kbDocumentIds],
  );
}
