import { describe, expect, it } from 'vitest';
import type { TicketResult } from '../api/ticketsApi.js';
import { createTicketSource } from './ticketSource.js';

const ROOM = 'AbCdEfGhIjKlMnOpQrSt_-12';
const issued = (n: number, expiresAt = '2026-11-26T08:01:00.000Z'): TicketResult => ({
  ok: true,
  ticket: {
    ticket: `ticket-${n}-${'x'.repeat(40)}`,
    expiresAt,
    roomId: ROOM as never,
    role: 'participant',
    waits: false,
    displayName: 'Ada',
  },
});
const at = (iso: string) => () => Date.parse(iso);

function fakeApi(answers: TicketResult[]) {
  const calls: (string | undefined)[] = [];
  let n = 0;
  return {
    calls,
    issue: async (roomId: string, password?: string) => {
      expect(roomId).toBe(ROOM);
      calls.push(password);
      return answers.shift() ?? issued(++n + 100);
    },
  };
}

describe('ticketSource', () => {
  it('usesTheTicketFromTheEntryStepForTheFirstJoinWhileFresh', async () => {
    const api = fakeApi([issued(1)]);
    const source = createTicketSource({ api, roomId: ROOM, now: at('2026-11-26T08:00:10.000Z') });
    expect((await source.enter()).ok).toBe(true);
    expect(await source.next()).toEqual({ kind: 'ticket', ticket: `ticket-1-${'x'.repeat(40)}` });
    expect(await source.next()).toEqual({ kind: 'ticket', ticket: `ticket-101-${'x'.repeat(40)}` });
    expect(api.calls).toHaveLength(2);
  });

  it('fetchesANewTicketWhenTheKeptOneIsAboutToExpire', async () => {
    const api = fakeApi([issued(1)]);
    const source = createTicketSource({ api, roomId: ROOM, now: at('2026-11-26T08:00:50.000Z') });
    await source.enter();
    expect(await source.next()).toEqual({ kind: 'ticket', ticket: `ticket-101-${'x'.repeat(40)}` });
  });

  it('remembersThePasswordThatWorkedForEveryLaterTicket', async () => {
    const api = fakeApi([{ ok: false, problem: { kind: 'passwordWrong' } }, issued(1)]);
    const source = createTicketSource({ api, roomId: ROOM, now: at('2026-11-26T08:00:00.000Z') });
    expect(await source.enter('wrong')).toEqual({ ok: false, problem: { kind: 'passwordWrong' } });
    expect((await source.enter('right')).ok).toBe(true);
    await source.next();
    await source.next();
    expect(api.calls).toEqual(['wrong', 'right', 'right']);
  });

  it('passingTroubleIsUnavailableAndARefusalIsKeptWithItsReason', async () => {
    const api = fakeApi([
      { ok: false, problem: { kind: 'unavailable' } },
      { ok: false, problem: { kind: 'tooManyAttempts', retryAfterSeconds: 5 } },
      { ok: false, problem: { kind: 'inviteRevoked' } },
    ]);
    const source = createTicketSource({ api, roomId: ROOM });
    expect(await source.next()).toEqual({ kind: 'unavailable' });
    expect(await source.next()).toEqual({ kind: 'unavailable' });
    expect(source.refusal).toBeNull();
    expect(await source.next()).toEqual({ kind: 'refused' });
    expect(source.refusal).toEqual({ kind: 'inviteRevoked' });
  });
});
