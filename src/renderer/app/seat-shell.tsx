import { AppShell } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { useState } from 'react';
import { CheatSheetModal } from '../commands/cheat-sheet-modal';
import { CommandHandlersProvider, createCommandHandlers } from '../commands/command-handlers';
import { CommandPalette } from '../commands/command-palette';
import { useGlobalShortcuts } from '../commands/use-global-shortcuts';
import { IntakeSessionProvider } from '../features/intake/intake-session-provider';
import { KbSearchPanel } from '../features/knowledge/kb-search-panel';
import { SyncPanels } from '../features/sync/sync-panels';
import { SeatHeader } from './seat-header';
import { SectionNav } from './section-nav';
import { SectionRoutes } from './section-routes';
import { sectionPath } from './sections';
import { StatusBar } from './status-bar';
import { useCommandContext } from './use-command-context';

/**
 * Header, navbar, the current section and the status bar; the palette and
 * cheat sheet float above. The intake session wraps every section, so calls
 * and drafts are handled whichever section is on screen.
 */
export function SeatShell() {
  const [cheatSheetOpened, cheatSheet] = useDisclosure(false);
  const [handlers] = useState(createCommandHandlers);
  const commandContext = useCommandContext({ openCheatSheet: cheatSheet.open, handlers });
  useGlobalShortcuts(commandContext);
  return (
    <CommandHandlersProvider handlers={handlers}>
      <IntakeSessionProvider intakePath={sectionPath('intake')}>
        {/* Before the sections: it offers F3 first, so the 知识库 page, mounted later, takes F3 over while shown. */}
        <KbSearchPanel />
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
        <SyncPanels />
        <CommandPalette context={commandContext} />
        <CheatSheetModal opened={cheatSheetOpened} onClose={cheatSheet.close} />
      </IntakeSessionProvider>
    </CommandHandlersProvider>
  );
}
