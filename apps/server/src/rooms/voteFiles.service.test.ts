import { verifyChain } from '@plenum/audit';
import { TenantRepository } from '@plenum/db';
import { pdfPages } from '@plenum/reports/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../testing/startTestServer.js';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
  await new TenantRepository(server.database.db).rename('test', 'Stadt Prüfhausen');
});
afterAll(async () => {
  await server?.stop();
});

/** Runs a one-voter roll call in a new room and answers the `reportsReady` event and a download for the member. */
async function endedVote(title: string) {
  const room = await server.createRoom(title);
  const owner = await server.connect(room, undefined, server.owner);
  await owner.join('Olga Owner');
  const member = await server.connect(room, undefined, server.member);
  const joined = await member.join('Max Member');
  // A room that has just opened first finishes earlier votes' records (`recovering`); on a busy machine that can
  // outlast two joins, so the start is asked for again until the module takes it.
  let started: Record<string, unknown> | undefined;
  for (let attempt = 0; started === undefined; attempt++) {
    const id = `start-${attempt}`;
    owner.send({
      ns: 'legal-vote',
      id,
      action: 'start',
      title: 'Vertagung',
      kind: 'rollCall',
      options: { abstain: false },
      eligible: [joined.participantId],
      closeWhenAllVoted: true,
    });
    const answer = await owner.waitFor(
      (f) => f.ns === 'legal-vote' && (f.event === 'started' || (f.id === id && f.error !== undefined)),
      10_000,
    );
    if (answer.event === 'started')
      started = await member.waitFor((f) => f.ns === 'legal-vote' && f.event === 'started');
    else if (answer.error !== 'recovering' || attempt >= 50)
      throw new Error(`vote not started: ${String(answer.error)}`);
    else await new Promise((resolve) => setTimeout(resolve, 100));
  }
  const voteId = (started.vote as { id: string }).id;
  member.send({ ns: 'legal-vote', action: 'castBallot', voteId, choice: 'yes' });
  const ready = await member.waitFor((f) => f.ns === 'legal-vote' && f.event === 'reportsReady', 10_000);
  expect(ready).toMatchObject({ voteId });
  const download = (id: unknown) =>
    server.app.inject({ method: 'GET', url: `/v1/assets/${String(id)}`, headers: { ...server.member.headers } });
  return { voteId, ready, download };
}

describe('a vote stores its files in the meeting', () => {
  it('theProtocolAndReportOfAnEndedVoteAreMeetingAssetsTheVotersCanDownload', async () => {
    const { voteId, ready, download } = await endedVote('Hauptausschuss');
    const protocol = await download(ready.protocolAssetId);
    expect(protocol.statusCode).toBe(200);
    expect(protocol.headers['content-type']).toMatch(/^application\/json/);
    expect(verifyChain(protocol.body, { trustedFingerprints: [server.auditKey.fingerprint] })).toMatchObject({
      ok: true,
      subject: `legal-vote:${voteId}`,
    });
    const report = await download(ready.reportAssetId);
    expect(report.statusCode).toBe(200);
    expect(report.headers['content-type']).toBe('application/pdf');
    expect(report.rawPayload.subarray(0, 5).toString()).toBe('%PDF-');
    // Every page header names the tenant the room belongs to.
    const pages = await pdfPages(report.rawPayload);
    expect(pages.length).toBeGreaterThan(0);
    for (const page of pages) expect(page).toContain('Stadt Prüfhausen');
    expect(pages[0]).toContain('Abstimmungsbericht');
  }, 30_000);

  it('theReportOfARoomOfATenantThatChoseEnglishIsInEnglish', async () => {
    const tenants = new TenantRepository(server.database.db);
    await tenants.updateSettings('test', { language: 'en' });
    try {
      const { ready, download } = await endedVote('Finance committee');
      const pages = await pdfPages((await download(ready.reportAssetId)).rawPayload);
      expect(pages[0]).toContain('Vote report');
      expect(pages.join('\n')).not.toContain('Abstimmungsbericht');
    } finally {
      await tenants.updateSettings('test', { language: null });
    }
  }, 30_000);
});
