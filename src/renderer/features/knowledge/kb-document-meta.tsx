import { DataList, Group } from '@mantine/core';
import type { ReactNode } from 'react';
import type { KbDocument } from '../../../shared/contract/kb/kb-document-schemas';
import type { PlainMessageKey } from '../../../shared/i18n/message-key';
import { useT } from '../../i18n/use-t';
import { KbReviewBadge, KbStatusBadge } from './kb-status-badge';
import { useFormatDate } from './use-format-date';

/** What makes a policy traceable: its number, who issued it, where and when it applies, and whether it still does. */
export function KbDocumentMeta({ document }: { document: KbDocument }) {
  const t = useT();
  const formatDate = useFormatDate();
  const none = t('kb.meta.none');
  const rows: [PlainMessageKey, ReactNode][] = [
    ['kb.meta.docNumber', document.docNumber ?? none],
    ['kb.meta.authority', document.authority],
    ['kb.meta.district', document.district],
    ['kb.meta.category', document.category],
    ['kb.meta.effectiveFrom', document.effectiveFrom === null ? none : formatDate(document.effectiveFrom)],
    ['kb.meta.effectiveTo', document.effectiveTo === null ? none : formatDate(document.effectiveTo)],
    [
      'kb.meta.status',
      <Group key="status" gap={6}>
        <KbStatusBadge document={document} />
        {document.needsReview && <KbReviewBadge />}
      </Group>,
    ],
  ];
  return (
    <DataList size="sm" labelWidth={84}>
      {rows.map(([label, value]) => (
        <DataList.Item key={label}>
          <DataList.ItemLabel>{t(label)}</DataList.ItemLabel>
          <DataList.ItemValue>{value}</DataList.ItemValue>
        </DataList.Item>
      ))}
    </DataList>
  );
}
