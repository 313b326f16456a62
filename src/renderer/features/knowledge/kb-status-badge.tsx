import { Badge } from '@mantine/core';
import type { KbStatusValue } from '../../../shared/contract/kb/kb-value-schemas';
import { useT } from '../../i18n/use-t';

export interface InForceFacts {
  status: KbStatusValue;
  /** Not in force: expired or abolished, or past its last effective day. */
  expired: boolean;
  notYetEffective: boolean;
}

/**
 * Whether a document may be read out as current policy, as one badge. A
 * document not in force is red and filled, so it stands out from every
 * current one in a list an operator scans mid-call.
 */
export function KbStatusBadge({ document, size = 'sm' }: { document: InForceFacts; size?: 'xs' | 'sm' | 'md' }) {
  const t = useT();
  if (document.status === 'abolished') {
    return (
      <Badge color="red" variant="filled" size={size}>
        {t('kb.status.abolished')}
      </Badge>
    );
  }
  if (document.expired) {
    return (
      <Badge color="red" variant="filled" size={size}>
        {t('kb.status.expired')}
      </Badge>
    );
  }
  if (document.notYetEffective) {
    return (
      <Badge color="orange" variant="light" size={size}>
        {t('kb.status.notYetEffective')}
      </Badge>
    );
  }
  return (
    <Badge color="green" variant="light" size={size}>
      {t('kb.status.current')}
    </Badge>
  );
}

/** The metadata was inferred on import, not written by an editor: worth a second look before quoting it. */
export function KbReviewBadge() {
  const t = useT();
  return (
    <Badge color="gray" variant="outline" size="sm">
      {t('kb.status.needsReview')}
    </Badge>
  );
}
