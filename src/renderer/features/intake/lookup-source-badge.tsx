import { Badge, Tooltip } from '@mantine/core';
import { useT } from '../../i18n/use-t';

/**
 * Where the screen-pop or "already reported?" list comes from: the center
 * (every ticket) or, when it cannot be reached, this seat's cache (the last
 * days and this seat's own), so an empty list offline is not read as "never".
 */
export function LookupSourceBadge({ source }: { source: 'center' | 'local' | undefined }) {
  const t = useT();
  if (!source) return null;
  return (
    <Tooltip label={t(`intake.source.${source}.hint`)} withArrow>
      <Badge size="sm" variant="light" color={source === 'center' ? 'teal' : 'gray'} tt="none">
        {t(`intake.source.${source}`)}
      </Badge>
    </Tooltip>
  );
}
