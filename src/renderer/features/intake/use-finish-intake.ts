import { notifications } from '@mantine/notifications';
import { useQueryClient } from '@tanstack/react-query';
import { useCallback } from 'react';
import { ContractError } from '../../../shared/contract/contract-error';
import { formatDeadline } from '../../../shared/sla/format-deadline';
import { inputIssues } from '../../api/input-issues';
import { catalogKeys, routingKeys, ticketKeys } from '../../api/query-keys';
import { useSeatClient } from '../../api/seat-client-context';
import { useLocale } from '../../i18n/locale-context';
import { useT } from '../../i18n/use-t';
import { buildIntakeTicket } from './build-intake-ticket';
import { clientFieldErrors, refusalFromIssues, type FieldErrors, type FinishRefusal } from './field-errors';
import { firstElementWithError, focusIntakeElement } from './intake-element-ids';
import { useIntakeStore } from './intake-session-context';
import type { DraftFieldName } from './draft-fields';

export type FinishKind = 'dispatch' | 'directAnswer';

const finishMethod = { dispatch: 'intake.dispatch', directAnswer: 'intake.directAnswer' } as const;

function refusalOf(error: unknown): FinishRefusal {
  const issues = inputIssues(error);
  if (issues.length > 0) return refusalFromIssues(issues);
  return { fieldErrors: {}, otherReasons: [error instanceof ContractError ? error.message : String(error)] };
}

function focusFirstError(errors: FieldErrors) {
  const element = firstElementWithError(Object.keys(errors) as DraftFieldName[]);
  if (element) focusIntakeElement(element);
}

/**
 * Ctrl+Enter / Ctrl+D. The checks the core will apply run here first, so a
 * missing field costs no round trip. Then the form is cleared at once for
 * the next call (the operator never waits on the core) while the draft is
 * finished in the background; if the core refuses it, it comes back on
 * screen exactly as it was, with the reasons beside its fields.
 */
export function useFinishIntake(): (kind: FinishKind) => Promise<void> {
  const store = useIntakeStore();
  const client = useSeatClient();
  const queryClient = useQueryClient();
  const t = useT();
  const locale = useLocale();

  return useCallback(
    async (kind: FinishKind) => {
      const draft = store.current();
      const errors = clientFieldErrors(draft.fields);
      if (Object.keys(errors).length > 0) {
        store.showErrors(draft.id);
        focusFirstError(errors);
        return;
      }
      const { fields } = draft;
      const placeCode = fields.communityCode || fields.streetCode || fields.districtCode;
      // Normally already in the cache: the routing panel asked as soon as category and place were chosen.
      const suggestion =
        kind === 'dispatch' && fields.leadUnitId === ''
          ? await queryClient
              .fetchQuery({
                queryKey: routingKeys.suggestion(fields.categoryId, placeCode),
                queryFn: () => client.call('intake.route', { categoryId: fields.categoryId, placeCode }),
                staleTime: Infinity,
              })
              .catch(() => null)
          : null;
      const ticket = buildIntakeTicket(fields, suggestion?.lead?.unitId ?? null);

      store.beginFinish(draft.id);
      focusIntakeElement('callerPhone');
      try {
        const result = await client.call(finishMethod[kind], { draftId: draft.id, ticket });
        store.finishSucceeded(draft.id);
        const now = Date.now();
        const deadline = (at: number | null) => (at === null ? t('ticket.sla.none') : formatDeadline(at, now, locale));
        notifications.show({
          color: 'green',
          title: t(kind === 'dispatch' ? 'intake.finish.dispatched' : 'intake.finish.directAnswered', {
            title: fields.title,
          }),
          message: [
            t('intake.finish.status', { status: t(`ticketStatus.${result.status}`) }),
            `${t('ticket.sla.dispatchBy')} ${deadline(result.dispatchBy)}`,
            `${t('ticket.sla.feedbackBy')} ${deadline(result.feedbackBy)}`,
          ].join(' · '),
        });
        void queryClient.invalidateQueries({ queryKey: ticketKeys.all });
        void queryClient.invalidateQueries({ queryKey: catalogKeys.usage() });
      } catch (error) {
        const refusal = refusalOf(error);
        store.finishFailed(draft.id, refusal);
        notifications.show({ color: 'red', title: t('intake.finish.refused'), message: t('intake.finish.fixFields') });
        focusFirstError(refusal.fieldErrors);
      }
    },
    [store, client, queryClient, t, locale],
  );
}
