import { describe, expect, it } from 'vitest';
import { fakeServer, target } from './fakeServer.js';
import { ApiFailure } from './http.js';
import { createMeetingsApi, meetingFilePath } from './meetingsApi.js';

const ROOM = 'AbCdEfGhIjKlMnOpQrSt_-12';
const FILE = {
  id: 'f1',
  kind: 'minutes-pdf',
  filename: 'protokoll.pdf',
  mediaType: 'application/pdf',
  size: 2048,
  sha256: 'ab'.repeat(32),
  visibility: 'participants',
  createdAt: '2026-11-26T11:00:00.000Z',
  url: '/v1/assets/f1',
};
const MEETING = {
  id: 'm1',
  title: 'Vorstand',
  startedAt: '2026-11-26T10:00:00.000Z',
  endedAt: '2026-11-26T11:30:00.000Z',
  assets: [FILE],
};

describe('meetingsApi', () => {
  it('listsTheRoomsMeetingsWithTheirFiles', async () => {
    const { http, seen } = fakeServer({ status: 200, body: { meetings: [MEETING] } });
    expect(await createMeetingsApi(http).list(ROOM)).toEqual([MEETING]);
    expect(seen.map((r) => `${r.method} ${target(r)}`)).toEqual([`GET /v1/rooms/${ROOM}/meetings`]);
  });

  it('listsTheMeetingsIAttendedAPageAtATime', async () => {
    const { http, seen } = fakeServer(
      { status: 200, body: { meetings: [MEETING], nextBefore: 'm1' } },
      { status: 200, body: { meetings: [], nextBefore: null } },
    );
    const api = createMeetingsApi(http);
    expect(await api.attended()).toEqual({ meetings: [MEETING], nextBefore: 'm1' });
    expect(await api.attended('a/b')).toEqual({ meetings: [], nextBefore: null });
    expect(seen.map((r) => `${r.method} ${target(r)}`)).toEqual([
      'GET /v1/meetings/attended',
      'GET /v1/meetings/attended?before=a%2Fb',
    ]);
  });

  it('refusesAnAnswerThatIsNotAMeetingList', async () => {
    const { http } = fakeServer({ status: 200, body: { meetings: [{ ...MEETING, endedAt: 'yesterday' }] } });
    const failure = await createMeetingsApi(http)
      .list(ROOM)
      .catch((e: unknown) => e);
    expect((failure as ApiFailure).code).toBe('invalidResponse');
  });

  it('deletesAFileWithTheCsrfHeader', async () => {
    const { http, seen } = fakeServer({ status: 204 });
    await createMeetingsApi(http).removeFile('f/1');
    expect(`${seen[0]?.method} ${target(seen[0])}`).toBe('DELETE /v1/assets/f%2F1');
    expect(seen[0]?.headers.get('x-plenum-csrf')).toBe('1');
    expect(meetingFilePath('f1')).toBe('/v1/assets/f1');
  });

  it('throwsTheServersErrorCode', async () => {
    const { http } = fakeServer({ status: 404, body: { error: 'notFound', message: 'There is no such file' } });
    const failure = await createMeetingsApi(http)
      .removeFile('f1')
      .catch((e: unknown) => e);
    expect(failure).toBeInstanceOf(ApiFailure);
    expect((failure as ApiFailure).code).toBe('notFound');
  });
});
