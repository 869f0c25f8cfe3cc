import { serializeAuditDocument, verifyChain } from '@plenum/audit';
import { pdfPages } from '@plenum/reports/testing';
import { RoomAssetRefused, type RoomAssets, type RoomAttendance, type RoomSettings } from '@plenum/room-kit';
import { FakeRoomAttendance, MemoryRoomAssets } from '@plenum/room-kit/testing';
import { describe, expect, it } from 'vitest';
import { afterEndFollows, readAfterEndDocument } from './afterEndRecord.js';
import { FILES_REFRESH_DELAY_MS } from './LegalVoteModule.js';
import type { VoteStorage, VoteStore } from './legalVoteStorage.test-support.js';
import {
  cast,
  committee,
  endedOf,
  joinedState,
  joinRegistered,
  startVote,
  storedVote,
  voteRoom,
} from './legalVoteTestRoom.test-support.js';
import { legalVoteRecords, voteDocument } from './voteDocument.js';
import { serializeVoteProtocol, splitVoteProtocol } from './voteProtocol.js';

/** The names of the files of a vote started at the test clock's start (10:00 in Berlin) with the usual title. */
const basicName = 'abstimmung-2026-01-01-1000-beschluss-ueber-den-haushalt-2027';

/**
 * A committee (Alice moderates; Bob and Carol vote) in a room of `storage` whose files go to `assets`, its meeting
 * read from `attendance` (by default one titled "Hauptausschuss").
 */
async function committeeWithFiles(
  storage: VoteStorage,
  assets: RoomAssets,
  settings: Partial<RoomSettings> = {},
  attendance: RoomAttendance = new FakeRoomAttendance({ title: 'Hauptausschuss', startedAt: 0, attendees: [] }),
) {
  const { room, key } = voteRoom({ ...storage, assets, settings, attendance });
  const alice = await joinRegistered(room, 'alice');
  const bob = await joinRegistered(room, 'bob');
  const carol = await joinRegistered(room, 'carol');
  const guest = await room.join('guest');
  return { room, key, alice, bob, carol, everyone: [alice, bob, carol, guest] };
}

/** The protocol and report files of an ended vote. Each test plays in a new room of `store`. */
export function legalVoteFilesScenarios(store: VoteStore): void {
  describe('the vote files', () => {
    it('theProtocolAndReportAreStoredAndAnnouncedToEveryoneWhenAVoteEnds', async () => {
      const assets = new MemoryRoomAssets();
      const { room, key, alice, bob, carol, everyone } = await committeeWithFiles(await store(), assets);
      const voteId = await startVote(alice, [bob, carol], { kind: 'pseudonymous' });
      await cast(bob, voteId, 'yes');
      await cast(carol, voteId, 'no');
      await alice.act('legal-vote', 'stop', { voteId });
      await room.settle();

      expect(assets.stored.map((a) => a.spec)).toEqual([
        {
          kind: 'vote-protocol',
          filename: `${basicName}.json`,
          mediaType: 'application/json',
          visibility: 'participants',
          createdBy: 'u-alice',
        },
        {
          kind: 'vote-report',
          filename: `${basicName}.pdf`,
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
      expect(report).toMatch(/Sitzung\s+Hauptausschuss/);
    });

    it('votesOfTheSameTitleGetNamesThatTellThemApart', async () => {
      const assets = new MemoryRoomAssets();
      const { room, alice, bob, carol } = await committeeWithFiles(await store(), assets);
      const first = await startVote(alice, [bob, carol]);
      await alice.act('legal-vote', 'cancel', { voteId: first, reason: 'Falsche Vorlage' });
      await room.settle();
      // Started again within the same minute: the start of its id tells it apart.
      const again = await startVote(alice, [bob, carol]);
      await alice.act('legal-vote', 'stop', { voteId: again });
      await room.settle();
      await room.advance(60_000);
      // A minute later: the time does.
      const later = await startVote(alice, [bob, carol]);
      await alice.act('legal-vote', 'stop', { voteId: later });
      await room.settle();
      const names = assets.stored.filter((a) => a.spec.kind === 'vote-report').map((a) => a.spec.filename);
      expect(names).toEqual([
        `${basicName}.pdf`,
        `${basicName}-${again.slice(0, 6)}.pdf`,
        'abstimmung-2026-01-01-1001-beschluss-ueber-den-haushalt-2027.pdf',
      ]);
    });

    it('theReportLeavesTheMeetingOutWhenItCannotBeRead', async () => {
      const assets = new MemoryRoomAssets();
      const attendance = new FakeRoomAttendance();
      attendance.failing = true;
      const { room, alice, bob } = await committeeWithFiles(await store(), assets, {}, attendance);
      const voteId = await startVote(alice, [bob]);
      await alice.act('legal-vote', 'stop', { voteId });
      await room.settle();
      expect(alice.inbox.last('legal-vote', 'reportsReady')).toMatchObject({ voteId });
      expect(attendance.requests).toEqual([{ includeEmail: false }]);
      const report = (await pdfPages(Buffer.from(assets.get('asset-1')?.data ?? []))).join('\n');
      expect(report).toContain('Abstimmungsbericht');
      expect(report).not.toContain('Sitzung');
    });

    it('theReportIsInTheTenantsLanguageAndNamesTheTenant', async () => {
      const assets = new MemoryRoomAssets();
      const { room, alice, bob } = await committeeWithFiles(await store(), assets, {
        tenantName: 'Stadt Musterhausen',
        language: 'en',
      });
      const voteId = await startVote(alice, [bob]);
      await alice.act('legal-vote', 'stop', { voteId });
      await room.settle();
      const report = (await pdfPages(Buffer.from(assets.get('asset-1')?.data ?? []))).join('\n');
      expect(report).toContain('Vote report');
      expect(report).toContain('Stadt Musterhausen');
      expect(report).toMatch(/Meeting\s+Hauptausschuss/);
      expect(report).not.toContain('Abstimmungsbericht');
      expect(assets.stored.map((a) => a.spec.filename)).toEqual([
        'vote-2026-01-01-1000-beschluss-ueber-den-haushalt-2027.json',
        'vote-2026-01-01-1000-beschluss-ueber-den-haushalt-2027.pdf',
      ]);
    });

    it('lateJoinersGetTheDownloadLinksOfTheLastVote', async () => {
      const { room, alice, bob } = await committeeWithFiles(await store(), new MemoryRoomAssets());
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
      const { room, alice, bob, carol } = await committeeWithFiles(await store(), assets);
      const voteId = await startVote(alice, [bob, carol]);
      await cast(bob, voteId, 'no');
      await room.room.close();
      expect(assets.stored.map((a) => a.spec.kind)).toEqual(['vote-protocol', 'vote-report']);
      expect(new TextDecoder().decode(assets.stored[0]?.data)).toContain('"reason":"roomClosed"');
    });

    it('aFailedStoreIsAnnouncedAndTheVoteStands', async () => {
      const refusing: RoomAssets = { store: () => Promise.reject(new Error('quota exceeded')) };
      const { room, key, alice, bob, carol, everyone } = await committeeWithFiles(await store(), refusing);
      const voteId = await startVote(alice, [bob, carol]);
      await cast(bob, voteId, 'yes');
      await alice.act('legal-vote', 'stop', { voteId });
      await room.settle();
      for (const p of everyone) {
        expect(p.inbox.last('legal-vote', 'ended')?.result).toMatchObject({ voteId, reason: 'stopped' });
        // Not a refusal of the assets port: another fault, and nothing was stored.
        expect(p.inbox.last('legal-vote', 'reportsFailed')).toEqual({
          ns: 'legal-vote',
          event: 'reportsFailed',
          voteId,
          reason: 'other',
        });
        expect(p.inbox.last('legal-vote', 'reportsReady')).toBeUndefined();
      }
      const protocol = serializeAuditDocument(voteDocument(await storedVote(room, voteId)));
      expect(verifyChain(protocol, { trustedFingerprints: [key.fingerprint] })).toMatchObject({ ok: true });
      // The room goes on: the next vote starts.
      await startVote(alice, [bob, carol]);
    });

    it('aFullStorageThatRefusesOnlyTheReportIsToldWithTheStoredProtocol', async () => {
      const assets = new MemoryRoomAssets();
      const keep = assets.store.bind(assets);
      // The protocol fits; the report is refused for the tenant's quota.
      assets.store = (spec, data) =>
        spec.kind === 'vote-report'
          ? Promise.reject(new RoomAssetRefused('quota', { cause: new Error('quota exceeded') }))
          : keep(spec, data);
      const { room, alice, bob, carol, everyone } = await committeeWithFiles(await store(), assets);
      const voteId = await startVote(alice, [bob, carol]);
      await cast(bob, voteId, 'yes');
      await alice.act('legal-vote', 'stop', { voteId });
      await room.settle();
      expect(assets.stored.map((a) => [a.id, a.spec.kind])).toEqual([['asset-0', 'vote-protocol']]);
      for (const p of everyone)
        expect(p.inbox.last('legal-vote', 'reportsFailed')).toEqual({
          ns: 'legal-vote',
          event: 'reportsFailed',
          voteId,
          reason: 'storageFull',
          protocolAssetId: 'asset-0',
        });
      // Refused before anything was stored: no protocol to name; a file too large is told as such.
      assets.store = () => Promise.reject(new RoomAssetRefused('tooLarge', { cause: new Error('too large') }));
      const next = await startVote(alice, [bob, carol]);
      await alice.act('legal-vote', 'stop', { voteId: next });
      await room.settle();
      expect(alice.inbox.last('legal-vote', 'reportsFailed')).toEqual({
        ns: 'legal-vote',
        event: 'reportsFailed',
        voteId: next,
        reason: 'tooLarge',
      });
    });

    it('aVoteEndedByRecoveryGetsItsFilesAsARegularEnd', async () => {
      const storage = await store();
      const first = await committee(storage);
      const voteId = await startVote(first.alice, [first.bob, first.carol]);
      await cast(first.bob, voteId, 'yes');
      // The server stops without closing the room: the next meeting finds the vote open and ends it.
      const assets = new MemoryRoomAssets();
      const { room } = voteRoom({ ...storage, key: first.key, assets });
      const alice = await joinRegistered(room, 'alice');
      await room.settle();
      expect(assets.stored.map((a) => [a.spec.kind, a.spec.createdBy])).toEqual([
        ['vote-protocol', 'u-alice'],
        ['vote-report', 'u-alice'],
      ]);
      expect(alice.inbox.last('legal-vote', 'reportsReady') ?? joinedState(alice)?.lastFiles).toMatchObject({
        protocolAssetId: 'asset-0',
        reportAssetId: 'asset-1',
      });
      expect(joinedState(await room.join('bob', { userId: 'u-bob' }))?.lastFiles).toEqual({
        protocolAssetId: 'asset-0',
        reportAssetId: 'asset-1',
      });
      const protocol = new TextDecoder().decode(assets.get('asset-0')?.data);
      expect(verifyChain(protocol, { trustedFingerprints: [first.key.fingerprint] })).toMatchObject({ ok: true });
      expect(protocol).toContain('"reason":"interrupted"');
    });

    describe('ballots after the end', () => {
      async function endedWithFiles() {
        const assets = new MemoryRoomAssets();
        const { room, key, alice, bob, carol } = await committeeWithFiles(await store(), assets);
        const voteId = await startVote(alice, [bob, carol]);
        await cast(bob, voteId, 'yes');
        await alice.act('legal-vote', 'stop', { voteId });
        await room.settle();
        expect(assets.stored).toHaveLength(2);
        return { assets, room, key, alice, bob, carol, voteId };
      }

      it('goIntoNewFilesOnceTheBurstIsOverThatReplaceTheOldOnesAndTheirLinks', async () => {
        const { assets, room, key, alice, bob, carol, voteId } = await endedWithFiles();
        const guest = await room.join('guest');
        const before = (await pdfPages(Buffer.from(assets.get('asset-1')?.data ?? []))).join('\n');
        await cast(bob, voteId, 'no');
        await cast(carol, voteId, 'yes');
        await room.advance(FILES_REFRESH_DELAY_MS - 1);
        expect(assets.stored).toHaveLength(2);
        await room.advance(1);
        // One new pair of files for the burst (the protocol with the log after the end, and the report); the old pair,
        // all of which the new protocol holds, is removed: the meeting keeps one pair.
        expect(assets.stored.map((a) => [a.id, a.spec.kind])).toEqual([
          ['asset-2', 'vote-protocol'],
          ['asset-3', 'vote-report'],
        ]);
        expect(assets.removed).toEqual(['asset-0', 'asset-1']);
        for (const p of [alice, bob, carol, guest])
          expect(p.inbox.last('legal-vote', 'reportsReady')).toEqual({
            ns: 'legal-vote',
            event: 'reportsReady',
            voteId,
            protocolAssetId: 'asset-2',
            reportAssetId: 'asset-3',
          });
        expect(joinedState(await room.join('phone'))?.lastFiles).toEqual({
          protocolAssetId: 'asset-2',
          reportAssetId: 'asset-3',
        });
        const records = legalVoteRecords(room.records, room.room.id, () => room.clock.now());
        const afterEnd = await readAfterEndDocument(records, voteId);
        const record = voteDocument(await storedVote(room, voteId));
        const protocol = new TextDecoder().decode(assets.get('asset-2')?.data);
        expect(protocol).toBe(serializeVoteProtocol({ record, afterEnd }));
        const sections = splitVoteProtocol(JSON.parse(protocol));
        const trust = { trustedFingerprints: [key.fingerprint] };
        const main = verifyChain(sections.record, trust);
        const late = verifyChain(sections.afterEnd, trust);
        if (!main.ok || !late.ok) throw new Error('the protocol does not verify');
        expect(afterEndFollows(main, late)).toEqual({ ok: true, refused: 2 });
        const report = (await pdfPages(Buffer.from(assets.get('asset-3')?.data ?? []))).join('\n');
        // Listed as refused in the event log (its only lines, numbered 1 and 2), and under the verification.
        expect(report).toMatch(/^\s*1\s+01\.01\.2026.*Stimme\s+Bob\s+nach dem Ende der/m);
        expect(report).toMatch(/^\s*2\s+01\.01\.2026.*Stimme\s+Carol\s+nach dem Ende der/m);
        expect(report).toMatch(/Einträge nach dem Ende\s+3/);
        // Made again, the files keep their names.
        expect(assets.stored.map((a) => a.spec.filename)).toEqual([`${basicName}.json`, `${basicName}.pdf`]);
        // The first report was made before: it had no ballots after the end.
        expect(before).toContain('Abstimmungsbericht');
        expect(before).not.toMatch(/Bob\s+nach dem Ende der/);
        expect(endedOf(alice)).toMatchObject({ voteId, reason: 'stopped' });
      });

      it('areInTheFilesAtOnceWhenTheRoomCloses', async () => {
        const { assets, room, bob, voteId } = await endedWithFiles();
        await cast(bob, voteId, 'no');
        await room.room.close();
        expect(assets.stored.map((a) => a.id)).toEqual(['asset-2', 'asset-3']);
        expect(new TextDecoder().decode(assets.get('asset-2')?.data)).toMatch(/^\{"afterEnd":/);
      });

      it('replaceTheOldFilesEvenWhenTheyCannotBeRemoved', async () => {
        const { assets, room, alice, bob, voteId } = await endedWithFiles();
        assets.remove = () => Promise.reject(new Error('disk'));
        await cast(bob, voteId, 'no');
        await room.advance(FILES_REFRESH_DELAY_MS);
        // Logged; both pairs stay, the new one is the current one.
        expect(assets.stored.map((a) => a.id)).toEqual(['asset-0', 'asset-1', 'asset-2', 'asset-3']);
        expect(alice.inbox.last('legal-vote', 'reportsReady')).toMatchObject({
          protocolAssetId: 'asset-2',
          reportAssetId: 'asset-3',
        });
      });

      it('keepTheOldFilesAndTheirLinksWhenTheNewOnesCannotBeStored', async () => {
        const { assets, room, alice, bob, voteId } = await endedWithFiles();
        assets.store = () => Promise.reject(new Error('quota exceeded'));
        await cast(bob, voteId, 'no');
        await room.advance(FILES_REFRESH_DELAY_MS);
        expect(assets.stored.map((a) => a.id)).toEqual(['asset-0', 'asset-1']);
        expect(assets.removed).toEqual([]);
        expect(alice.inbox.last('legal-vote', 'reportsFailed')).toBeUndefined();
        expect(joinedState(await room.join('guest'))?.lastFiles).toEqual({
          protocolAssetId: 'asset-0',
          reportAssetId: 'asset-1',
        });
      });
    });
  });
}
