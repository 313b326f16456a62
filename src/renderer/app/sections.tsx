import type { ComponentType } from 'react';
import type { PlainMessageKey } from '../../shared/i18n/message-key';
import { IntakePage } from '../features/intake/intake-page';
import { KnowledgePage } from '../features/knowledge/knowledge-page';
import { SettingsPage } from '../features/settings/settings-page';
import { TicketsPage } from '../features/tickets/tickets-page';
import { sectionNotYet } from './section-not-yet';

export type SectionId = 'intake' | 'tickets' | 'knowledge' | 'audit' | 'dashboard' | 'settings';

/** A top-level screen: one entry in the navbar and one route. */
export interface Section {
  id: SectionId;
  path: `/${string}`;
  label: PlainMessageKey;
  Page: ComponentType;
}

/** In navbar order. A feature replaces its sectionNotYet(...) with its page when it lands. */
export const sections: readonly Section[] = [
  { id: 'intake', path: '/intake', label: 'nav.intake', Page: IntakePage },
  { id: 'tickets', path: '/tickets', label: 'nav.tickets', Page: TicketsPage },
  { id: 'knowledge', path: '/knowledge', label: 'nav.knowledge', Page: KnowledgePage },
  { id: 'audit', path: '/audit', label: 'nav.audit', Page: sectionNotYet('section.audit.notYet') },
  { id: 'dashboard', path: '/dashboard', label: 'nav.dashboard', Page: sectionNotYet('section.dashboard.notYet') },
  { id: 'settings', path: '/settings', label: 'nav.settings', Page: SettingsPage },
];

export const homeSection = sections[0]!;

export function sectionPath(id: SectionId): Section['path'] {
  const section = sections.find((candidate) => candidate.id === id);
  if (!section) throw new Error(`No section ${id}`);
  return section.path;
}
