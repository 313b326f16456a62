import type { SeatProbe } from './sim-protocol';

/** What each seat's operator was told was saved, and what the seat showed over time. */
export interface SeatLedger {
  name: string;
  databasePath: string;
  /** Tickets and notes whose save the operator saw, in order. */
  savedTickets: string[];
  savedNotes: { ticketId: string; noteId: string }[];
  /** Probes in the order they were taken, each with what had been saved before it. */
  probes: { probe: SeatProbe; savedTickets: number; savedNotes: number }[];
}

export function newLedger(name: string, databasePath: string): SeatLedger {
  return { name, databasePath, savedTickets: [], savedNotes: [], probes: [] };
}
