import { describe, expect, it } from 'vitest';
import { applyAction } from '../../../src/shared/tickets/apply-ticket-action';
import { rateAction, ratingOfAction, ticketActionTypes, type TicketAction } from '../../../src/shared/tickets/ticket-action';
import { ticketActorRoleSchema, type TicketActor, type TicketActorRole } from '../../../src/shared/tickets/ticket-actor';
import { initialTicketLifecycle, ticketLifecycleSchema, type TicketLifecycle } from '../../../src/shared/tickets/ticket-lifecycle';
import { checkPath, isLegalPath, type LifecycleEvent } from '../../../src/shared/tickets/legal-path';
import { ticketStatusSchema, type TicketStatus } from '../../../src/shared/tickets/ticket-status';
import { actionsFrom, findTransition, ticketTransitions } from '../../../src/shared/tickets/ticket-transitions';

const operator: TicketActor = { role: 'operator' };
const callback: TicketActor = { role: 'callback' };
const supervisor: TicketActor = { role: 'supervisor' };
const center: TicketActor = { role: 'center' };
const admin: TicketActor = { role: 'admin' };
const unit = (unitId: string): TicketActor => ({ role: 'unit', unitId });
const lead = unit('haidian-zhongguancun');
const waterBureau = unit('bj-water');
const powerCompany = unit('bj-power');

/** Applies steps in order, failing the test at the first refusal, and returns the recorded history. */
function run(steps: [TicketAction, TicketActor][], from: TicketLifecycle = initialTicketLifecycle()) {
  let state = from;
  const history: LifecycleEvent[] = [];
  for (const [action, actor] of steps) {
    const result = applyAction(state, action, actor);
    if (!result.ok) throw new Error(`step ${history.length} (${action.type}) refused: ${result.rejection.detail}`);
    state = result.state;
    history.push({ action, actor, status: state.status });
  }
  return { state, history, statuses: history.map((event) => event.status) };
}

function refusal(state: TicketLifecycle, action: TicketAction, actor: TicketActor) {
  const result = applyAction(state, action, actor);
  if (result.ok) throw new Error(`expected "${action.type}" to be refused from ${state.status}`);
  return result.rejection;
}

const dispatchToLead: TicketAction = { type: 'dispatch', leadUnitId: 'haidian-zhongguancun' };
const handled: [TicketAction, TicketActor][] = [
  [dispatchToLead, operator],
  [{ type: 'sign_for' }, lead],
  [{ type: 'reply' }, lead],
];

describe('the closed loop, path by path', () => {
  it('intake → dispatch → sign-for → reply → callback → satisfied → closed', () => {
    const { state, statuses } = run([
      ...handled,
      [{ type: 'record_callback', solved: true }, callback],
      [rateAction('satisfied'), callback],
    ]);
    expect(statuses).toEqual(['dispatched', 'signed_for', 'replied', 'callback_done', 'closed']);
    expect(state).toMatchObject({ rating: 'satisfied', solvedAtCallback: true, leadUnitId: 'haidian-zhongguancun' });
  });

  it('basically satisfied closes too, and the rating is kept', () => {
    const { state } = run([
      ...handled,
      [{ type: 'record_callback', solved: false }, callback],
      [rateAction('basically_satisfied'), callback],
    ]);
    expect(state).toMatchObject({ status: 'closed', rating: 'basically_satisfied', solvedAtCallback: false });
  });

  it('a consultation answered on the call is closed at once', () => {
    expect(run([[{ type: 'direct_answer' }, operator]]).statuses).toEqual(['direct_answered']);
  });

  it('an online request submitted to the desk is dispatched later', () => {
    expect(run([[{ type: 'submit' }, operator], [dispatchToLead, operator]]).statuses).toEqual(['received', 'dispatched']);
    expect(run([[{ type: 'submit' }, operator], [dispatchToLead, center]]).statuses).toEqual(['received', 'dispatched']);
  });

  it('a unit that says "not ours" hands it back to the desk, which dispatches it elsewhere', () => {
    const { state, statuses } = run([
      [{ type: 'dispatch', leadUnitId: 'bj-water', coUnitIds: ['bj-power'] }, operator],
      [{ type: 'return_to_center' }, waterBureau],
      [dispatchToLead, center],
      [{ type: 'sign_for' }, lead],
    ]);
    expect(statuses).toEqual(['dispatched', 'returned', 'dispatched', 'signed_for']);
    expect(state.leadUnitId).toBe('haidian-zhongguancun');
    expect(state.coUnits).toEqual([]);
  });

  it('a lead unit may also return it after signing for it, before replying', () => {
    const { state } = run([[dispatchToLead, operator], [{ type: 'sign_for' }, lead], [{ type: 'return_to_center' }, lead]]);
    expect(state).toMatchObject({ status: 'returned', leadUnitId: null });
  });

  it('unsatisfied → rework → unsatisfied again → supervised rework → closed', () => {
    const round: [TicketAction, TicketActor][] = [
      [{ type: 'sign_for' }, lead],
      [{ type: 'reply' }, lead],
      [{ type: 'record_callback', solved: false }, callback],
    ];
    const { state, statuses } = run([
      ...handled,
      [{ type: 'record_callback', solved: false }, callback],
      [rateAction('unsatisfied'), callback],
      [{ type: 'return_for_rework' }, supervisor],
      ...round,
      [rateAction('unsatisfied'), callback],
      [{ type: 'supervise' }, center],
      ...round,
      [rateAction('satisfied'), callback],
    ]);
    expect(statuses).toEqual([
      'dispatched', 'signed_for', 'replied', 'callback_done', 'unsatisfied',
      'rework', 'signed_for', 'replied', 'callback_done', 'unsatisfied',
      'rework', 'signed_for', 'replied', 'callback_done', 'closed',
    ]);
    expect(state).toMatchObject({ reworkCount: 2, supervised: true, rating: 'satisfied' });
  });

  it('an unsatisfied rating may be closed after review (an unreasonable demand)', () => {
    const { statuses } = run([
      ...handled,
      [{ type: 'record_callback', solved: false }, callback],
      [rateAction('unsatisfied'), callback],
      [{ type: 'close' }, supervisor],
    ]);
    expect(statuses.at(-1)).toBe('closed');
  });

  it('closes without a callback when the citizen declined one or cannot be reached', () => {
    expect(run([...handled, [{ type: 'close_without_callback' }, callback]]).state.status).toBe('closed');
  });

  it('closes on the callback alone when the citizen will not rate', () => {
    const { state } = run([...handled, [{ type: 'record_callback', solved: true }, callback], [{ type: 'close' }, center]]);
    expect(state).toMatchObject({ status: 'closed', rating: null, solvedAtCallback: true });
  });

  it('supervision while the unit has it raises a flag without moving the ticket', () => {
    const { state, statuses } = run([[dispatchToLead, operator], [{ type: 'supervise' }, supervisor], [{ type: 'sign_for' }, lead]]);
    expect(statuses).toEqual(['dispatched', 'dispatched', 'signed_for']);
    expect(state.supervised).toBe(true);
  });

  it('a repeat is linked to its parent, and is closed with it or unlinked if the link was wrong', () => {
    const linked = run([[{ type: 'link_as_repeat', parentTicketId: '0193a1b2-0000-7000-8000-000000000001' }, operator]]);
    expect(linked.state).toMatchObject({ status: 'linked', repeatOfTicketId: '0193a1b2-0000-7000-8000-000000000001' });
    expect(run([[{ type: 'close' }, center]], linked.state).state.status).toBe('closed');
    const unlinked = run([[{ type: 'unlink' }, operator], [dispatchToLead, operator]], linked.state);
    expect(unlinked.statuses).toEqual(['received', 'dispatched']);
    expect(unlinked.state.repeatOfTicketId).toBeNull();
  });

  it('a closed ticket reopened starts a new round at the desk', () => {
    const closed = run([...handled, [{ type: 'record_callback', solved: true }, callback], [rateAction('satisfied'), callback]]);
    const { state, statuses } = run(
      [[{ type: 'reopen' }, supervisor], [dispatchToLead, center], [{ type: 'sign_for' }, lead]],
      closed.state,
    );
    expect(statuses).toEqual(['reopened', 'dispatched', 'signed_for']);
    expect(state).toMatchObject({ reopenCount: 1, rating: null, solvedAtCallback: null });
    expect(run([[{ type: 'reopen' }, center]], run([[{ type: 'direct_answer' }, operator]]).state).state.status).toBe('reopened');
  });

  it('the desk closes an invalid request without dispatching it', () => {
    expect(run([[{ type: 'submit' }, operator], [{ type: 'close' }, center]]).state.status).toBe('closed');
  });
});

describe('co-units (吹哨报到)', () => {
  const withCoUnits = run([
    [{ type: 'dispatch', leadUnitId: 'haidian-zhongguancun', coUnitIds: ['bj-water', 'bj-power'] }, operator],
    [{ type: 'sign_for' }, lead],
  ]).state;

  it('each co-unit signs for and replies on its own record, and the lead replies last', () => {
    expect(refusal(withCoUnits, { type: 'reply' }, lead)).toMatchObject({
      code: 'co_units_pending',
      detail: expect.stringContaining('bj-water, bj-power'),
    });
    const { state } = run(
      [
        [{ type: 'co_unit_sign_for', unitId: 'bj-water' }, waterBureau],
        [{ type: 'co_unit_reply', unitId: 'bj-water' }, waterBureau],
        [{ type: 'co_unit_return', unitId: 'bj-power' }, powerCompany],
        [{ type: 'reply' }, lead],
      ],
      withCoUnits,
    );
    expect(state.status).toBe('replied');
    expect(state.coUnits).toEqual([
      { unitId: 'bj-water', status: 'replied' },
      { unitId: 'bj-power', status: 'returned' },
    ]);
  });

  it('co-unit actions leave the ticket status alone', () => {
    const { statuses } = run([[{ type: 'co_unit_sign_for', unitId: 'bj-water' }, waterBureau]], withCoUnits);
    expect(statuses).toEqual(['signed_for']);
  });

  it('a co-unit replies only after signing for, and only once', () => {
    expect(refusal(withCoUnits, { type: 'co_unit_reply', unitId: 'bj-water' }, waterBureau).code).toBe('illegal_for_co_unit');
    const replied = run(
      [[{ type: 'co_unit_sign_for', unitId: 'bj-water' }, waterBureau], [{ type: 'co_unit_reply', unitId: 'bj-water' }, waterBureau]],
      withCoUnits,
    ).state;
    expect(refusal(replied, { type: 'co_unit_reply', unitId: 'bj-water' }, waterBureau).code).toBe('illegal_for_co_unit');
    expect(refusal(replied, { type: 'co_unit_return', unitId: 'bj-water' }, waterBureau).code).toBe('illegal_for_co_unit');
  });

  it('a unit acts only on its own record', () => {
    expect(refusal(withCoUnits, { type: 'co_unit_sign_for', unitId: 'bj-water' }, powerCompany).code).toBe('not_that_unit');
    expect(refusal(withCoUnits, { type: 'co_unit_sign_for', unitId: 'bj-gas' }, unit('bj-gas')).code).toBe('not_a_co_unit');
    expect(refusal(withCoUnits, { type: 'reply' }, waterBureau).code).toBe('not_lead_unit');
  });

  it('the lead calls in more co-units; nobody is on the ticket twice', () => {
    const { state } = run([[{ type: 'add_co_units', unitIds: ['bj-gas'] }, lead]], withCoUnits);
    expect(state.coUnits.map((r) => r.unitId)).toEqual(['bj-water', 'bj-power', 'bj-gas']);
    expect(refusal(state, { type: 'add_co_units', unitIds: ['bj-water'] }, supervisor).code).toBe('unit_already_involved');
    expect(refusal(state, { type: 'add_co_units', unitIds: ['haidian-zhongguancun'] }, center).code).toBe('unit_already_involved');
    expect(refusal(state, { type: 'add_co_units', unitIds: ['bj-heat'] }, waterBureau).code).toBe('not_lead_unit');
    expect(
      refusal(initialTicketLifecycle(), { type: 'dispatch', leadUnitId: 'a', coUnitIds: ['b', 'a'] }, operator).code,
    ).toBe('unit_already_involved');
  });
});

describe('refusals carry a reason', () => {
  const dispatched = run([[dispatchToLead, operator]]).state;

  it('a reply before sign-for is illegal in that status', () => {
    expect(refusal(dispatched, { type: 'reply' }, lead)).toEqual({
      code: 'illegal_in_status',
      action: 'reply',
      status: 'dispatched',
      role: 'unit',
      detail: '"reply" is not possible while the ticket is dispatched',
    });
  });

  it('an operator cannot sign for a unit, a unit cannot rate, an admin cannot touch a ticket', () => {
    expect(refusal(dispatched, { type: 'sign_for' }, operator).code).toBe('role_not_allowed');
    expect(refusal(dispatched, { type: 'supervise' }, operator).code).toBe('role_not_allowed');
    expect(refusal(initialTicketLifecycle(), { type: 'dispatch', leadUnitId: 'x' }, admin).code).toBe('role_not_allowed');
    const callbackDone = run([...handled, [{ type: 'record_callback', solved: true }, callback]]).state;
    expect(refusal(callbackDone, rateAction('satisfied'), lead).code).toBe('role_not_allowed');
  });

  it('only the lead unit signs for it', () => {
    expect(refusal(dispatched, { type: 'sign_for' }, waterBureau)).toMatchObject({
      code: 'not_lead_unit',
      detail: expect.stringContaining('haidian-zhongguancun'),
    });
  });

  it('supervising twice changes nothing and is refused', () => {
    const supervised = run([[{ type: 'supervise' }, supervisor]], dispatched).state;
    expect(refusal(supervised, { type: 'supervise' }, center).code).toBe('already_supervised');
  });

  it('a finished ticket takes nothing but a reopen', () => {
    const answered = run([[{ type: 'direct_answer' }, operator]]).state;
    for (const type of ticketActionTypes) {
      if (type === 'reopen') continue;
      expect(actionsFrom('direct_answered', 'supervisor')).not.toContain(type);
      expect(findTransition('direct_answered', type)).toBeNull();
    }
    expect(refusal(answered, dispatchToLead, operator).code).toBe('illegal_in_status');
  });
});

describe('the transition table', () => {
  it('has one row per status and action, so a request has one meaning', () => {
    const keys = ticketTransitions.map((t) => `${t.from}|${t.action}`);
    expect(new Set(keys).size).toBe(keys.length);
  });

  it('names known roles only and leaves admin out', () => {
    for (const t of ticketTransitions) {
      expect(t.roles.length).toBeGreaterThan(0);
      for (const role of t.roles) expect(ticketActorRoleSchema.options).toContain(role);
      expect(t.roles).not.toContain('admin');
    }
  });

  it('reaches every status and lets every non-finished status move on', () => {
    const reached = new Set<TicketStatus>(['queued', ...ticketTransitions.map((t) => t.to)]);
    expect([...reached].sort()).toEqual([...ticketStatusSchema.options].sort());
    for (const status of ticketStatusSchema.options) {
      const leaves = ticketTransitions.some((t) => t.from === status && t.to !== status);
      expect(leaves, status).toBe(true);
    }
  });

  it('gives each action to the roles the loop intends, and to no one else', () => {
    // Who may do what, read off the table: a change here is a policy change, to be made on purpose.
    const rolesByAction: Record<string, string[]> = {};
    for (const t of ticketTransitions) {
      rolesByAction[t.action] = [...new Set([...(rolesByAction[t.action] ?? []), ...t.roles])].sort();
    }
    const seat = ['operator', 'supervisor'];
    const seatOrDesk = ['center', 'operator', 'supervisor'];
    const desk = ['center', 'supervisor'];
    const callbackOrDesk = ['callback', 'center', 'supervisor'];
    expect(rolesByAction).toEqual({
      dispatch: seatOrDesk,
      submit: seat,
      direct_answer: seat,
      link_as_repeat: seatOrDesk,
      unlink: seatOrDesk,
      close: desk,
      sign_for: ['unit'],
      return_to_center: ['unit'],
      reply: ['unit'],
      add_co_units: ['center', 'supervisor', 'unit'],
      co_unit_sign_for: ['unit'],
      co_unit_reply: ['unit'],
      co_unit_return: ['unit'],
      supervise: desk,
      record_callback: callbackOrDesk,
      close_without_callback: callbackOrDesk,
      rate_satisfied: callbackOrDesk,
      rate_basically_satisfied: callbackOrDesk,
      rate_unsatisfied: callbackOrDesk,
      return_for_rework: desk,
      reopen: desk,
    });
  });

  it('maps each rating to its action and back', () => {
    for (const rating of ['satisfied', 'basically_satisfied', 'unsatisfied'] as const) {
      expect(ratingOfAction(rateAction(rating).type)).toBe(rating);
    }
    expect(ratingOfAction('close')).toBeNull();
  });
});

/**
 * Every (state, action, actor) reachable with a small cast of units is
 * explored breadth first, so each row of the table is proven to be usable
 * from a real path, not just written down.
 */
describe('exploring the machine', () => {
  const cast: TicketActor[] = [operator, callback, supervisor, center, admin, lead, waterBureau];
  const candidateActions: TicketAction[] = [
    dispatchToLead,
    { type: 'dispatch', leadUnitId: 'haidian-zhongguancun', coUnitIds: ['bj-water'] },
    { type: 'add_co_units', unitIds: ['bj-water'] },
    ...(['co_unit_sign_for', 'co_unit_reply', 'co_unit_return'] as const).map((type) => ({ type, unitId: 'bj-water' })),
    { type: 'record_callback', solved: true },
    { type: 'link_as_repeat', parentTicketId: 'parent' },
    ...actionsWithoutPayload(),
  ];

  function successors(state: TicketLifecycle) {
    const out: { action: TicketAction; actor: TicketActor; state: TicketLifecycle }[] = [];
    for (const action of candidateActions) {
      for (const actor of cast) {
        const result = applyAction(state, action, actor);
        if (result.ok) out.push({ action, actor, state: result.state });
      }
    }
    return out;
  }

  it('uses every row of the table, each by exactly the roles it names', () => {
    const used = new Map<string, Set<TicketActorRole>>();
    const seen = new Set<string>();
    let frontier: TicketLifecycle[] = [initialTicketLifecycle()];
    for (let depth = 0; depth < 16 && frontier.length > 0; depth += 1) {
      const next: TicketLifecycle[] = [];
      for (const state of frontier) {
        for (const step of successors(state)) {
          const key = `${state.status}|${step.action.type}`;
          const roles = used.get(key) ?? new Set<TicketActorRole>();
          roles.add(step.actor.role);
          used.set(key, roles);
          // Counters grow forever on the rework and reopen cycles; beyond 1 they add no new shape.
          const shape = JSON.stringify({
            ...step.state,
            reworkCount: Math.min(step.state.reworkCount, 1),
            reopenCount: Math.min(step.state.reopenCount, 1),
          });
          if (!seen.has(shape)) {
            seen.add(shape);
            next.push(step.state);
          }
        }
      }
      frontier = next;
    }
    for (const t of ticketTransitions) {
      expect([...(used.get(`${t.from}|${t.action}`) ?? [])].sort(), `${t.from} --${t.action}-->`).toEqual([...t.roles].sort());
    }
    expect(used.size).toBe(ticketTransitions.length);
  });

  it('keeps every state it produces valid against the lifecycle schema', () => {
    let state = initialTicketLifecycle();
    const random = seeded(7);
    for (let step = 0; step < 500; step += 1) {
      const options = successors(state);
      if (options.length === 0) break;
      state = pick(options, random).state;
      expect(ticketLifecycleSchema.safeParse(state).success).toBe(true);
    }
  });
});

describe('isLegalPath (sync invariant 7)', () => {
  const good = run([
    [{ type: 'dispatch', leadUnitId: 'haidian-zhongguancun', coUnitIds: ['bj-water'] }, operator],
    [{ type: 'sign_for' }, lead],
    [{ type: 'co_unit_sign_for', unitId: 'bj-water' }, waterBureau],
    [{ type: 'co_unit_reply', unitId: 'bj-water' }, waterBureau],
    [{ type: 'reply' }, lead],
    [{ type: 'record_callback', solved: true }, callback],
    [rateAction('satisfied'), callback],
  ]).history;

  it('accepts a recorded loop and the empty history', () => {
    expect(isLegalPath(good)).toBe(true);
    expect(isLegalPath([])).toBe(true);
    const check = checkPath(good);
    expect(check.ok && check.state.status).toBe('closed');
  });

  it('refuses a history with a step skipped', () => {
    const noCoUnitReply = good.filter((e) => e.action.type !== 'co_unit_reply');
    expect(checkPath(noCoUnitReply)).toMatchObject({ ok: false, index: 3, rejection: { code: 'co_units_pending' } });
    const noCallback = good.filter((e) => e.action.type !== 'record_callback');
    expect(checkPath(noCallback)).toMatchObject({ ok: false, index: 5, rejection: { code: 'illegal_in_status' } });
  });

  it('refuses a history with two steps swapped', () => {
    const swapped = [good[0]!, good[2]!, good[1]!, ...good.slice(3)];
    // The co-unit may sign before the lead, but then the recorded signed_for came too early.
    expect(checkPath(swapped)).toMatchObject({
      ok: false,
      index: 1,
      reason: expect.stringMatching(/leads to dispatched, but signed_for was recorded/),
    });
  });

  it('refuses a recorded status the action does not lead to', () => {
    const lying = good.map((e, i) => (i === 4 ? { ...e, status: 'closed' as const } : e));
    expect(checkPath(lying)).toMatchObject({ ok: false, index: 4 });
  });

  it('refuses a history that does not start at intake', () => {
    expect(isLegalPath(good.slice(1))).toBe(false);
  });

  it('refuses an event by a role that may not take it', () => {
    const byOperator = good.map((e, i) => (i === 1 ? { ...e, actor: operator } : e));
    expect(checkPath(byOperator)).toMatchObject({ ok: false, index: 1, rejection: { code: 'role_not_allowed' } });
  });

  it('refuses every history in which some event was applied twice in a row', () => {
    // No action in the machine is legal twice in a row, so a center without
    // dedupe that re-applies a mutation always leaves a history this catches.
    const random = seeded(12345);
    for (let walk = 0; walk < 200; walk += 1) {
      const history = randomWalk(random, 1 + Math.floor(random() * 25));
      expect(isLegalPath(history)).toBe(true);
      for (let i = 0; i < history.length; i += 1) {
        const doubled = [...history.slice(0, i + 1), history[i]!, ...history.slice(i + 1)];
        expect(checkPath(doubled), `walk ${walk}, event ${i} (${history[i]!.action.type})`).toMatchObject({ ok: false, index: i + 1 });
      }
    }
  });
});

/** A legal history of random length, choosing uniformly among the legal next steps. */
function randomWalk(random: () => number, length: number): LifecycleEvent[] {
  const actors = [operator, callback, supervisor, center, lead, waterBureau];
  const actions: TicketAction[] = [
    dispatchToLead,
    { type: 'dispatch', leadUnitId: 'haidian-zhongguancun', coUnitIds: ['bj-water', 'bj-power'] },
    { type: 'add_co_units', unitIds: ['bj-gas'] },
    { type: 'co_unit_sign_for', unitId: 'bj-water' },
    { type: 'co_unit_reply', unitId: 'bj-water' },
    { type: 'co_unit_return', unitId: 'bj-water' },
    { type: 'record_callback', solved: false },
    { type: 'link_as_repeat', parentTicketId: 'parent' },
    ...actionsWithoutPayload(),
  ];
  let state = initialTicketLifecycle();
  const history: LifecycleEvent[] = [];
  while (history.length < length) {
    const options: LifecycleEvent[] = [];
    for (const action of actions) {
      for (const actor of [...actors, unit('bj-water'), unit('bj-power'), unit('bj-gas')]) {
        const result = applyAction(state, action, actor);
        if (result.ok) options.push({ action, actor, status: result.state.status });
      }
    }
    if (options.length === 0) break;
    const event = pick(options, random);
    const result = applyAction(state, event.action, event.actor);
    if (!result.ok) throw new Error('unreachable');
    state = result.state;
    history.push(event);
  }
  return history;
}

/** Every action whose only field is its type. */
function actionsWithoutPayload(): TicketAction[] {
  const withPayload = new Set<string>(['dispatch', 'add_co_units', 'record_callback', 'link_as_repeat']);
  return ticketActionTypes
    .filter((type) => !withPayload.has(type) && !type.startsWith('co_unit_'))
    .map((type) => ({ type }) as TicketAction);
}

function pick<T>(items: readonly T[], random: () => number): T {
  const item = items[Math.floor(random() * items.length)];
  if (item === undefined) throw new Error('pick from an empty list');
  return item;
}

/** mulberry32: tiny, seeded, good enough to vary test walks reproducibly. */
function seeded(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
