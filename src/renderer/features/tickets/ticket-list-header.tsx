import { Box, Text } from '@mantine/core';
import { useT } from '../../i18n/use-t';
import { ticketRowColumns } from './ticket-row';

const columns = ['number', 'status', 'title', 'appealType', 'category', 'place', 'received', 'sla'] as const;

export function TicketListHeader() {
  const t = useT();
  return (
    <Box
      px="xs"
      py={4}
      aria-hidden
      style={{
        display: 'grid',
        gridTemplateColumns: ticketRowColumns,
        gap: 8,
        borderBottom: '1px solid var(--mantine-color-default-border)',
      }}
    >
      {columns.map((column) => (
        <Text key={column} size="xs" c="dimmed" fw={600}>
          {t(`tickets.column.${column}`)}
        </Text>
      ))}
    </Box>
  );
}
