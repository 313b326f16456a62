import { Text, Tooltip } from '@mantine/core';
import type { SyncStatus } from '../../../shared/contract/sync/sync-status-schema';
import { useT } from '../../i18n/use-t';

/**
 * Why sync is stuck, translated by code so the operator knows whom to call;
 * the core's English sentence is the tooltip, for that person.
 */
export function SyncProblemText({ problem }: { problem: NonNullable<SyncStatus['problem']> }) {
  const t = useT();
  return (
    <Tooltip label={problem.message} multiline maw={420}>
      <Text size="xs" c="orange" truncate="end" miw={0} tabIndex={0}>
        {t(`sync.problem.${problem.code}`)}
      </Text>
    </Tooltip>
  );
}
