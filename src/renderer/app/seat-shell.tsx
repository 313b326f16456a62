import { AppShell } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { CheatSheetModal } from '../commands/cheat-sheet-modal';
import { CommandPalette } from '../commands/command-palette';
import { useGlobalShortcuts } from '../commands/use-global-shortcuts';
import { SeatHeader } from './seat-header';
import { SectionNav } from './section-nav';
import { SectionRoutes } from './section-routes';
import { StatusBar } from './status-bar';
import { useCommandContext } from './use-command-context';

/** Header, navbar, the current section and the status bar; the palette and cheat sheet float above. */
export function SeatShell() {
  const [cheatSheetOpened, cheatSheet] = useDisclosure(false);
  const commandContext = useCommandContext({ openCheatSheet: cheatSheet.open });
  useGlobalShortcuts(commandContext);
  return (
    <>
      <AppShell
        header={{ height: 44 }}
        navbar={{ width: 220, breakpoint: 0 }}
        footer={{ height: 28 }}
        padding="md"
      >
        <AppShell.Header>
          <SeatHeader context={commandContext} />
        </AppShell.Header>
        <SectionNav />
        <AppShell.Main>
          <SectionRoutes />
        </AppShell.Main>
        <AppShell.Footer>
          <StatusBar />
        </AppShell.Footer>
      </AppShell>
      <CommandPalette context={commandContext} />
      <CheatSheetModal opened={cheatSheetOpened} onClose={cheatSheet.close} />
    </>
  );
}
