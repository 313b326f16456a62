import { Stack, Text, Timeline } from '@mantine/core';
import type { NoteRevision, TicketEvent } from '../../../shared/contract/intake/ticket-views';
import { useFormatDateTime } from '../../i18n/use-format-date-time';
import { useT, type Translator } from '../../i18n/use-t';

/** The seat's own kinds (what it asked the center for), then what the center records: the lifecycle actions, the opening, field edits. */
const knownEventKinds = [
  'intake',
  'dispatch_requested',
  'direct_answer_requested',
  'repeat_link_requested',
  'dispatch',
  'direct_answer',
  'link_as_repeat',
  'unlink',
  'sign_for',
  'return_to_center',
  'reply',
  'add_co_units',
  'record_callback',
  'close',
  'reopen',
  'created',
  'fields',
  'submit',
  'co_unit_sign_for',
  'co_unit_reply',
  'co_unit_return',
  'close_without_callback',
  'rate_satisfied',
  'rate_basically_satisfied',
  'rate_unsatisfied',
  'return_for_rework',
  'supervise',
] as const;

/** A note's event adds nothing to the note revision shown beside it. */
const noteEventKind = 'note_added';
type KnownEventKind = (typeof knownEventKinds)[number];

function isKnownEventKind(kind: string): kind is KnownEventKind {
  return (knownEventKinds as readonly string[]).includes(kind);
}

/** A kind the seat has no words for yet (a newer center) still shows, as its code. */
function eventLabel(t: Translator, kind: string): string {
  return isKnownEventKind(kind) ? t(`ticketEvent.${kind}`) : kind;
}

/** What the event carries in words: a rejection's or a return's reason, a reply's text, the center's comment. */
function eventDetail(data: TicketEvent['data']): string | null {
  for (const key of ['reason', 'text', 'message', 'comment']) {
    const value = data[key];
    if (typeof value === 'string' && value !== '') return value;
  }
  return null;
}

type Entry = { at: number; key: string } & (
  | { type: 'event'; event: TicketEvent }
  | { type: 'note'; note: NoteRevision }
);

/** Lifecycle events and note revisions in the order they happened: the ticket's audit trail. */
export function TicketTimeline({ events, notes }: { events: readonly TicketEvent[]; notes: readonly NoteRevision[] }) {
  const t = useT();
  const formatDateTime = useFormatDateTime();
  const entries: Entry[] = [
    ...events
      .filter((event) => event.kind !== noteEventKind)
      .map((event): Entry => ({ type: 'event', event, at: event.at, key: `event:${event.source}:${event.id}` })),
    ...notes.map((note): Entry => ({ type: 'note', note, at: note.at, key: `note:${note.id}:${note.revision}` })),
  ].sort((a, b) => a.at - b.at);
  return (
    <Stack gap="xs">
      <Text size="xs" c="dimmed">
        {t('ticketDetail.timeline')}
      </Text>
      {entries.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t('ticketDetail.noEvents')}
        </Text>
      ) : (
        <Timeline bulletSize={12} lineWidth={2} aria-label={t('ticketDetail.timeline')}>
          {entries.map((entry) => {
            const title =
              entry.type === 'event'
                ? eventLabel(t, entry.event.kind)
                : t('ticketDetail.note', { revision: entry.note.revision });
            const actor = entry.type === 'event' ? entry.event.actor : entry.note.author;
            const body = entry.type === 'event' ? eventDetail(entry.event.data) : entry.note.body;
            return (
              <Timeline.Item key={entry.key} title={title} color={entry.type === 'note' ? 'gray' : 'blue'}>
                <Text size="xs" c="dimmed">
                  {formatDateTime(entry.at)} · {actor}
                </Text>
                {body && (
                  <Text size="sm" style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>
                    {body}
                  </Text>
                )}
              </Timeline.Item>
            );
          })}
        </Timeline>
      )}
    </Stack>
  );
}
