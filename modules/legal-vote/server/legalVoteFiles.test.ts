import { serializeAuditDocument, verifyChain } from '@plenum/audit';
import { coreModule } from '@plenum/module-core/server';
import { pdfPages } from '@plenum/reports/testing';
import { installationSigner, type RoomAssets, type RoomSettings } from '@plenum/room-kit';
import { MemoryRoomAssets, TestRoom, testInstallationKey } from '@plenum/room-kit/testing';
import { describe, expect, it } from 'vitest';
import { legalVoteModule } from './LegalVoteModule.js';
import { cast, joinedState, joinRegistered, startVote, storedVote } from './legalVoteTestRoom.test-support.js';
import { voteDocument } from './voteDocument.js';

/** A committee (Alice moderates; Bob and Carol vote) in a room whose files go to `assets`. */
async function committeeWithFiles(assets: RoomAssets, settings: Partial<RoomSettings> = {}) {
  const key = testInstallationKey();
  const modules = [coreModule, legalVoteModule];
  const room = new TestRoom({ modules, signer: installationSigner(key), assets, settings });
  const alice = await joinRegistered(room, 'alice');
  const bob = await joinRegistered(room, 'bob');
  const carol = await joinRegistered(room, 'carol');
  const guest = await room.join('guest');
  return { room, key, alice, bob, carol, everyone: [alice, bob, carol, guest] };
}

describe('the vote files', () => {
  it('theProtocolAndReportAreStoredAndAnnouncedToEveryoneWhenAVoteEnds', async () => {
    const assets = new MemoryRoomAssets();
    const { room, key, alice, bob, carol, everyone } = await committeeWithFiles(assets);
    const voteId = await startVote(alice, [bob, carol], { kind: 'pseudonymous' });
    await cast(bob, voteId, 'yes');
    await cast(carol, voteId, 'no');
    await alice.act('legal-vote', 'stop', { voteId });
    await room.settle();

    expect(assets.stored.map((a) => a.spec)).toEqual([
      {
        kind: 'vote-protocol',
        filename: `vote-${voteId}.json`,
        mediaType: 'application/json',
        visibility: 'participants',
        createdBy: 'u-alice',
      },
      {
        kind: 'vote-report',
        filename: `vote-${voteId}.pdf`,
        mediaType: 'application/pdf',
        visibility: 'participants',
        createdBy: 'u-alice',
      },
    ]);
    for (const p of everyone)
      expect(p.inbox.last('legal-vote', 'reportsReady')).toEqual({
        ns: 'legal-vote',
        event: 'reportsReady',
        voteId,
        protocolAssetId: 'asset-0',
        reportAssetId: 'asset-1',
      });
    const protocol = new TextDecoder().decode(assets.get('asset-0')?.data);
    expect(protocol).toBe(serializeAuditDocument(voteDocument(await storedVote(room, voteId))));
    expect(verifyChain(protocol, { trustedFingerprints: [key.fingerprint] })).toMatchObject({ ok: true });
    const report = (await pdfPages(Buffer.from(assets.get('asset-1')?.data ?? []))).join('\n');
    expect(report).toContain('Abstimmungsbericht');
    expect(report).toContain('Beschluss über den Haushalt 2027');
  });

  it('theReportIsInTheTenantsLanguageAndNamesTheTenant', async () => {
    const assets = new MemoryRoomAssets();
    const { room, alice, bob } = await committeeWithFiles(assets, { tenantName: 'Stadt Musterhausen', language: 'en' });
    const voteId = await startVote(alice, [bob]);
    await alice.act('legal-vote', 'stop', { voteId });
    await room.settle();
    const report = (await pdfPages(Buffer.from(assets.get('asset-1')?.data ?? []))).join('\n');
    expect(report).toContain('Vote report');
    expect(report).toContain('Stadt Musterhausen');
    expect(report).not.toContain('Abstimmungsbericht');
  });

  it('lateJoinersGetTheDownloadLinksOfTheLastVote', async () => {
    const { room, alice, bob } = await committeeWithFiles(new MemoryRoomAssets());
    const before = await room.join('guest');
    expect(joinedState(before)?.lastFiles).toBeNull();
    const voteId = await startVote(alice, [bob]);
    await alice.act('legal-vote', 'stop', { voteId });
    await room.settle();
    const late = await room.join('bob', { userId: 'u-bob' });
    expect(joinedState(late)).toMatchObject({
      last: { voteId },
      lastFiles: { protocolAssetId: 'asset-0', reportAssetId: 'asset-1' },
    });
    // A new vote's end forgets the old links until its own files are stored.
    const next = await startVote(alice, [bob]);
    expect(joinedState(await room.join('carol', { userId: 'u-carol' }))?.lastFiles).toEqual({
      protocolAssetId: 'asset-0',
      reportAssetId: 'asset-1',
    });
    await alice.act('legal-vote', 'stop', { voteId: next });
    await room.settle();
    expect(joinedState(await room.join('phone'))?.lastFiles).toEqual({
      protocolAssetId: 'asset-2',
      reportAssetId: 'asset-3',
    });
  });

  it('aVoteEndedByTheRoomClosingStillHasItsFiles', async () => {
    const assets = new MemoryRoomAssets();
    const { room, alice, bob, carol } = await committeeWithFiles(assets);
    const voteId = await startVote(alice, [bob, carol]);
    await cast(bob, voteId, 'no');
    await room.room.close();
    expect(assets.stored.map((a) => a.spec.kind)).toEqual(['vote-protocol', 'vote-report']);
    expect(new TextDecoder().decode(assets.stored[0]?.data)).toContain('"reason":"roomClosed"');
  });

  it('aFailedStoreIsAnnouncedAndTheVoteStands', async () => {
    const refusing: RoomAssets = { store: () => Promise.reject(new Error('quota exceeded')) };
    const { room, key, alice, bob, carol, everyone } = await committeeWithFiles(refusing);
    const voteId = await startVote(alice, [bob, carol]);
    await cast(bob, voteId, 'yes');
    await alice.act('legal-vote', 'stop', { voteId });
    await room.settle();
    for (const p of everyone) {
      expect(p.inbox.last('legal-vote', 'ended')?.result).toMatchObject({ voteId, reason: 'stopped' });
      expect(p.inbox.last('legal-vote', 'reportsFailed')).toEqual({ ns: 'legal-vote', event: 'reportsFailed', voteId });
      expect(p.inbox.last('legal-vote', 'reportsReady')).toBeUndefined();
    }
    const protocol = serializeAuditDocument(voteDocument(await storedVote(room, voteId)));
    expect(verifyChain(protocol, { trustedFingerprints: [key.fingerprint] })).toMatchObject({ ok: true });
    // The room goes on: the next vote starts.
    await startVote(alice, [bob, carol]);
  });
});
