import { describe, expect, it } from 'vitest';
import { createAgendaApi } from './agendaApi.js';
import { fakeServer, target } from './fakeServer.js';
import { ApiFailure } from './http.js';

const ROOM = 'AbCdEfGhIjKlMnOpQrSt_-12';
const AGENDA = { items: [{ id: 'a1', title: 'Begrüßung' }], live: false, keptMinutes: false };

describe('agendaApi', () => {
  it('readsAndReplacesTheAgendaWithTheCsrfHeader', async () => {
    const { http, seen } = fakeServer({ status: 200, body: AGENDA });
    const api = createAgendaApi(http);
    expect(await api.get(ROOM)).toEqual(AGENDA);
    const body = { items: [{ id: 'a1', title: 'Begrüßung' }, { title: 'Haushalt' }] };
    expect(await api.save(ROOM, body)).toEqual(AGENDA);
    expect(seen.map((r) => `${r.method} ${target(r)}`)).toEqual([
      `GET /v1/rooms/${ROOM}/agenda`,
      `PUT /v1/rooms/${ROOM}/agenda`,
    ]);
    expect(seen[1]?.headers.get('x-plenum-csrf')).toBe('1');
    expect(await seen[1]?.json()).toEqual(body);
  });

  it('throwsTheServersErrorCode', async () => {
    const { http } = fakeServer({ status: 409, body: { error: 'meetingRunning', message: 'running' } });
    const failure = await createAgendaApi(http)
      .save(ROOM, { items: [] })
      .catch((e: unknown) => e);
    expect(failure).toBeInstanceOf(ApiFailure);
    expect((failure as ApiFailure).code).toBe('meetingRunning');
  });
});
