import type { SlaTable } from '../catalog/sla-table-schema';
import { DAY_MS, HOUR_MS } from './sla-durations';

/**
 * The Beijing local standard of DOMAIN.md, "Deadlines". The center's catalog
 * is the source of truth; this table is what tests, the demo and a seat with
 * no catalog yet fall back to; it equals the demo catalog's table
 * (resources/catalog/catalog.json), which a test checks.
 */
export const defaultSlaTable: SlaTable = [
  {
    slaClass: 'emergency',
    name: '紧急（危及生命财产安全）',
    urgency: 'emergency',
    dispatchWithinMs: HOUR_MS,
    feedbackWithinMs: 2 * HOUR_MS,
  },
  {
    slaClass: 'urgent',
    name: '急件（水电气热、极端天气）',
    urgency: 'urgent',
    dispatchWithinMs: 2 * HOUR_MS,
    feedbackWithinMs: DAY_MS,
  },
  { slaClass: 'general', name: '一般', urgency: 'normal', dispatchWithinMs: DAY_MS, feedbackWithinMs: 7 * DAY_MS },
  // Declared by the center, never chosen by urgency; no dispatch deadline of its own.
  {
    slaClass: 'complex',
    name: '复杂疑难（中心认定）',
    urgency: null,
    dispatchWithinMs: null,
    feedbackWithinMs: 15 * DAY_MS,
  },
];
