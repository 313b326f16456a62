import { Modal, Table, Text } from '@mantine/core';
import { KeyCaps } from '../components/key-caps';
import { useT } from '../i18n/use-t';
import { commands } from './command-registry';

/** The ? key: every shortcut in the registry, so the list can never drift from what the keys do. */
export function CheatSheetModal({ opened, onClose }: { opened: boolean; onClose: () => void }) {
  const t = useT();
  return (
    <Modal opened={opened} onClose={onClose} title={t('cheatSheet.title')} size="md">
      <Table striped verticalSpacing={4} fz="sm">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('cheatSheet.action')}</Table.Th>
            <Table.Th>{t('cheatSheet.keys')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {commands.map(
            (command) =>
              command.keys && (
                <Table.Tr key={command.id}>
                  <Table.Td>{t(command.label)}</Table.Td>
                  <Table.Td>
                    <KeyCaps binding={command.keys} />
                  </Table.Td>
                </Table.Tr>
              ),
          )}
        </Table.Tbody>
      </Table>
      <Text size="xs" c="dimmed" mt="sm">
        {t('cheatSheet.typingNote')}
      </Text>
    </Modal>
  );
}
