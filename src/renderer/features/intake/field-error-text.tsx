import { useT } from '../../i18n/use-t';
import { requiredReason } from './field-errors';

const tooLong = /^must be at most (\d+) characters$/;

/**
 * A refusal in the operator's language where its wording is known (the
 * schema's and the core's reasons are English); any other reason shows as
 * the core wrote it, never swallowed.
 */
export function FieldErrorText({ reason }: { reason: string }) {
  const t = useT();
  if (reason === requiredReason) return t('intake.error.required');
  if (reason === 'must not contain control characters') return t('intake.error.controlCharacters');
  const max = tooLong.exec(reason)?.[1];
  if (max) return t('intake.error.tooLong', { max });
  return reason;
}
