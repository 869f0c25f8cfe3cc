import { TenantRepository } from '@plenum/db';
import type { RoomId } from '@plenum/protocol';
import { pdfPages } from '@plenum/reports/testing';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../testing/startTestServer.js';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterEach(async () => {
  await new TenantRepository(server.database.db).updateSettings('test', { language: null });
});
afterAll(async () => {
  await server?.stop();
});

/**
 * Waits until the meeting history has written `count` sessions of the room's meeting. The journal writes behind the
 * room, so a report asked for within milliseconds of a join may miss it; a person clicking is never that fast.
 */
async function presenceWritten(roomId: string, count: number): Promise<void> {
  const meetingId = server.host.meetingOf(roomId as RoomId);
  if (!meetingId) throw new Error('no meeting runs in this room');
  for (let i = 0; i < 100; i++) {
    if ((await server.meetings.presence.sessions(meetingId)).length >= count) return;
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  throw new Error('presence not written');
}

describe('the attendance report of a meeting', () => {
  it('theOwnerGetsAReportOfWhoAttendedInTheTenantsLanguageThatOnlyModeratorsCanDownload', async () => {
    await new TenantRepository(server.database.db).updateSettings('test', { language: 'en' });
    const room = await server.createRoom('Hauptausschuss');
    const owner = await server.connect(room, undefined, server.owner);
    await owner.join('Olga Owner');
    const member = await server.connect(room, undefined, server.member);
    await member.join('Max Member');
    await presenceWritten(room, 2);

    member.send({ ns: 'attendance', id: 'm1', action: 'generate', includeEmail: false });
    const refused = await member.waitFor((f) => f.ns === 'attendance' && f.id === 'm1');
    expect(refused).toMatchObject({ error: 'forbidden', required: 'moderator' });

    owner.send({ ns: 'attendance', action: 'generate', includeEmail: false });
    const ready = await owner.waitFor((f) => f.ns === 'attendance' && f.event === 'reportReady', 10_000);
    const download = (headers: Record<string, string>) =>
      server.app.inject({ method: 'GET', url: `/v1/assets/${String(ready.assetId)}`, headers });

    const report = await download({ ...server.owner.headers });
    expect(report.statusCode).toBe(200);
    expect(report.headers['content-type']).toBe('application/pdf');
    expect(report.headers['content-disposition']).toContain('attendance-');
    const text = (await pdfPages(report.rawPayload)).join('\n');
    expect(text).toContain('Attendance report');
    expect(text).toContain('Hauptausschuss');
    expect(text).toMatch(/Olga Owner\s+registered/);
    expect(text).toMatch(/Max Member\s+registered/);
    expect(text).toMatch(/All\s+2\s/);

    expect((await download({ ...server.member.headers })).statusCode).toBe(404);
  }, 30_000);

  it('eMailAddressesComeFromTheAccountsAndOnlyWhenAskedInGermanByDefault', async () => {
    await server.database.db
      .updateTable('users')
      .set({ email: 'mia@example.org' })
      .where('id', '=', server.member.userId)
      .execute();
    const room = await server.createRoom('Bauausschuss');
    const owner = await server.connect(room, undefined, server.owner);
    await owner.join('Olga Owner');
    const member = await server.connect(room, undefined, server.member);
    await member.join('Mia Member');
    await presenceWritten(room, 2);

    owner.send({ ns: 'attendance', action: 'generate', includeEmail: true });
    const ready = await owner.waitFor((f) => f.ns === 'attendance' && f.event === 'reportReady', 10_000);
    expect(ready).toMatchObject({ includeEmail: true });
    const report = await server.app.inject({
      method: 'GET',
      url: `/v1/assets/${String(ready.assetId)}`,
      headers: { ...server.owner.headers },
    });
    const text = (await pdfPages(report.rawPayload)).join('\n');
    expect(text).toContain('Anwesenheitsliste');
    expect(text).toMatch(/Mia Member\s+angemeldet\s+mia@example\.org/);
  }, 30_000);
});
