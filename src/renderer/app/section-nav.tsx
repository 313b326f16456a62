import { AppShell, NavLink, Stack } from '@mantine/core';
import { Link, useLocation } from 'wouter';
import { requireCommand } from '../commands/command-registry';
import { KeyCaps } from '../components/key-caps';
import { useT } from '../i18n/use-t';
import { sections } from './sections';

/** The navbar: each section with the shortcut that reaches it. */
export function SectionNav() {
  const t = useT();
  const [location] = useLocation();
  return (
    <AppShell.Navbar aria-label={t('nav.ariaLabel')}>
      <Stack gap={2} p="xs">
        {sections.map((section) => {
          const keys = requireCommand(`navigate.${section.id}`).keys;
          const current = location === section.path;
          return (
            <NavLink
              key={section.id}
              component={Link}
              href={section.path}
              label={t(section.label)}
              active={current}
              aria-current={current ? 'page' : undefined}
              rightSection={keys ? <KeyCaps binding={keys} /> : undefined}
            />
          );
        })}
      </Stack>
    </AppShell.Navbar>
  );
}
