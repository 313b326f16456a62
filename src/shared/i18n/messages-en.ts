import { intakeMessagesEn } from './features/intake-en';
import { kbMessagesEn } from './features/kb-en';
import { syncMessagesEn } from './features/sync-en';
import { ticketsMessagesEn } from './features/tickets-en';
import type { Catalog } from './message-key';

export const messagesEn: Catalog = {
  'app.title': '12345 Seat',

  'nav.ariaLabel': 'Main navigation',
  'nav.intake': 'Intake',
  'nav.tickets': 'Tickets',
  'nav.knowledge': 'Knowledge base',
  'nav.audit': 'Audit',
  'nav.dashboard': 'Dashboard',
  'nav.settings': 'Settings',

  'section.audit.notYet': 'Auditing arrives with the QA-evaluation issue.',
  'section.dashboard.notYet': 'The dashboard arrives with the KPI issue.',

  'command.goToIntake': 'Go to Intake',
  'command.goToTickets': 'Go to Tickets',
  'command.goToKnowledge': 'Go to Knowledge base',
  'command.goToAudit': 'Go to Audit',
  'command.goToDashboard': 'Go to Dashboard',
  'command.goToSettings': 'Go to Settings',
  'command.openPalette': 'Open command palette',
  'command.openCheatSheet': 'Show keyboard shortcuts',
  'command.switchLocale': 'Switch language (简体中文 / English)',
  'command.toggleTheme': 'Toggle dark / light theme',

  'palette.searchPlaceholder': 'Type a command…',
  'palette.nothingFound': 'No matching command',

  'cheatSheet.title': 'Keyboard shortcuts',
  'cheatSheet.action': 'Action',
  'cheatSheet.keys': 'Keys',
  'cheatSheet.typingNote': 'Shortcuts without Ctrl / Alt do not fire while typing in a field.',

  'settings.appearance': 'Appearance',
  'settings.locale': 'Language',
  'settings.locale.zh-CN': '简体中文',
  'settings.locale.en': 'English',
  'settings.theme': 'Theme',
  'settings.theme.light': 'Light',
  'settings.theme.dark': 'Dark',
  'settings.theme.auto': 'System',
  'settings.connection': 'Connection',
  'settings.centerUrl': 'Center URL',
  'settings.centerUrl.description': 'http(s) address of the dispatch center; leave empty for the embedded center.',
  'settings.seatId': 'Seat ID',
  'settings.seatId.description': '1–32 letters, digits, "-" or "_".',
  'settings.save': 'Save',
  'settings.saved': 'Saved',
  'settings.notSaved': 'Not saved',

  'seatInfo.title': 'This seat',
  'seatInfo.appVersion': 'App version',
  'seatInfo.schemaVersion': 'Schema version',
  'seatInfo.databasePath': 'Database path',
  'seatInfo.clientId': 'Client ID',
  'seatInfo.incarnation': 'Incarnation',
  'seatInfo.startedAt': 'Started at',

  'health.title': 'Health',
  'health.ok': 'OK',
  'health.failing': 'Failing',
  'health.uptime': 'Up {minutes} min',
  'health.refresh': 'Refresh',

  'common.loading': 'Loading…',

  'error.callFailed': 'Call failed: {method}',
  'error.issue': '{field}: {reason}',
  'error.code.invalid_input': 'Input not accepted',
  'error.code.invalid_output': 'Reply does not match the contract',
  'error.code.unknown_method': 'No such function',
  'error.code.handler_failed': 'Failed while handling',
  'error.code.transport_failed': 'Cannot reach the seat core',
  'error.code.unauthorized': 'Not allowed',
  'error.unexpected': 'Unexpected error',
  'error.render.title': 'This screen cannot be displayed',
  'error.render.body': 'The interface hit an error. Reloading usually recovers.',
  'error.render.reload': 'Reload',

  ...ticketsMessagesEn,
  ...intakeMessagesEn,
  ...kbMessagesEn,
  ...syncMessagesEn,
};
