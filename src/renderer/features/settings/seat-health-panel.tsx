import { Badge, Button, Code, Group, Stack, Table, Text } from '@mantine/core';
import { useSeatHealth } from '../../api/use-seat-health';
import { Panel } from '../../components/panel';
import { useT } from '../../i18n/use-t';

function HealthBadge({ ok }: { ok: boolean }) {
  const t = useT();
  return (
    <Badge size="sm" variant="light" color={ok ? 'green' : 'red'}>
      {ok ? t('health.ok') : t('health.failing')}
    </Badge>
  );
}

export function SeatHealthPanel() {
  const t = useT();
  const { data: health, refetch, isFetching } = useSeatHealth();
  const refresh = (
    <Button variant="default" size="compact-xs" onClick={() => void refetch()} loading={isFetching}>
      {t('health.refresh')}
    </Button>
  );
  return (
    <Panel title={t('health.title')} actions={refresh}>
      {health ? (
        <Stack gap="xs">
          <Group gap="sm">
            <HealthBadge ok={health.ok} />
            <Text size="sm" c="dimmed">
              {t('health.uptime', { minutes: Math.floor(health.uptimeMs / 60_000) })}
            </Text>
          </Group>
          <Table verticalSpacing={4} fz="sm">
            <Table.Tbody>
              {health.checks.map((check) => (
                <Table.Tr key={check.name}>
                  <Table.Td w={200}>
                    <Code>{check.name}</Code>
                  </Table.Td>
                  <Table.Td w={80}>
                    <HealthBadge ok={check.ok} />
                  </Table.Td>
                  <Table.Td>{check.detail}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Stack>
      ) : (
        <Text size="sm" c="dimmed">
          {t('common.loading')}
        </Text>
      )}
    </Panel>
  );
}
