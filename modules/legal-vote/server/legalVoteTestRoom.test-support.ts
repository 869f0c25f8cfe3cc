import {
  type AuditDocument,
  type AuditReceipt,
  checkReceipt,
  type InstallationKey,
  serializeAuditDocument,
  type VerifiedChain,
  verifyChain,
} from '@plenum/audit';
import { coreModule } from '@plenum/module-core/server';
import type { JoinStateOf, RoomId } from '@plenum/protocol';
import {
  installationSigner,
  type RoomAssets,
  type RoomAttendance,
  type RoomRecordStore,
  type RoomSettings,
  recordsFor,
} from '@plenum/room-kit';
import {
  type FakeClock,
  type PersonaName,
  type TestPersona,
  TestRoom,
  testInstallationKey,
} from '@plenum/room-kit/testing';
import { expect } from 'vitest';
import type { LegalVoteProtocol, VoteReceipt, VoteResult } from '../protocol.js';
import { legalVoteModule } from './LegalVoteModule.js';
import { readVoteRecord, type StoredVote, voteDocument } from './voteDocument.js';
import { resultsFollowFromBallots } from './voteRecord.js';

export interface VoteRoomOptions {
  readonly records?: RoomRecordStore;
  readonly roomId?: RoomId;
  readonly clock?: FakeClock;
  readonly key?: InstallationKey;
  readonly assets?: RoomAssets;
  readonly attendance?: RoomAttendance;
  readonly settings?: Partial<RoomSettings>;
}

/** A room with core and legal-vote, signing with `key` (fresh unless given: pass it on to play the next meeting). */
export function voteRoom(options: VoteRoomOptions = {}) {
  const key = options.key ?? testInstallationKey();
  const room = new TestRoom({
    modules: [coreModule, legalVoteModule],
    signer: installationSigner(key),
    ...(options.records ? { records: options.records } : {}),
    ...(options.roomId ? { roomId: options.roomId } : {}),
    ...(options.clock ? { clock: options.clock } : {}),
    ...(options.assets ? { assets: options.assets } : {}),
    ...(options.attendance ? { attendance: options.attendance } : {}),
    ...(options.settings ? { settings: options.settings } : {}),
  });
  return { room, key };
}

/** Joins a persona as a registered user (`u-<name>`), as a logged-in person would come. */
export const joinRegistered = (room: TestRoom, name: PersonaName): Promise<TestPersona> =>
  room.join(name, { userId: `u-${name}` });

/** Alice (moderator), Bob and Carol registered; a guest and a phone caller; inboxes cleared. */
export async function committee(options: VoteRoomOptions = {}) {
  const { room, key } = voteRoom(options);
  const alice = await joinRegistered(room, 'alice');
  const bob = await joinRegistered(room, 'bob');
  const carol = await joinRegistered(room, 'carol');
  const guest = await room.join('guest');
  const phone = await room.join('phone');
  const everyone = [alice, bob, carol, guest, phone];
  for (const p of everyone) p.inbox.clear();
  return { room, key, alice, bob, carol, guest, phone, everyone };
}

export const basicVote = {
  title: 'Beschluss über den Haushalt 2027',
  kind: 'rollCall',
  options: { abstain: true },
  closeWhenAllVoted: false,
} as const;

/** `starter` starts a vote with these voters; returns its id (fails the test when it did not start). */
export async function startVote(
  starter: TestPersona,
  voters: readonly TestPersona[],
  fields: Record<string, unknown> = {},
): Promise<string> {
  await starter.act('legal-vote', 'start', {
    ...basicVote,
    eligible: voters.map((v) => v.participantId),
    ...fields,
  });
  const started = starter.inbox.last('legal-vote', 'started');
  const vote = started?.vote as { id: string } | undefined;
  if (!vote) throw new Error(`no vote started: ${JSON.stringify(starter.inbox.frames)}`);
  return vote.id;
}

/** Casts a ballot; pseudonymous votes use the token the voter was given unless `token` says otherwise. */
export async function cast(voter: TestPersona, voteId: string, choice: string, token?: string, id?: string) {
  const given = voter.inbox.last('legal-vote', 'ballotIssued')?.token as string | null | undefined;
  const t = token ?? given ?? undefined;
  await voter.act('legal-vote', 'castBallot', { voteId, choice, ...(t === undefined ? {} : { token: t }) }, id);
}

export const receiptOf = (p: TestPersona): VoteReceipt | undefined =>
  p.inbox.last('legal-vote', 'receipt')?.receipt as VoteReceipt | undefined;

/** The legal-vote join state of the persona's latest `joined`. */
export function joinedState(p: TestPersona): JoinStateOf<LegalVoteProtocol> | undefined {
  const modules = p.inbox.last('core', 'joined')?.modules as Record<string, JoinStateOf<LegalVoteProtocol>> | undefined;
  return modules?.['legal-vote'];
}

export const endedOf = (p: TestPersona): VoteResult | undefined =>
  p.inbox.last('legal-vote', 'ended')?.result as VoteResult | undefined;

/** The vote's record as the room stored it. */
export function storedVote(room: TestRoom, voteId: string): Promise<StoredVote> {
  return readVoteRecord(
    recordsFor(room.records, room.room.id, 'legal-vote', () => room.clock.now()),
    voteId,
  );
}

/** Kinds of the stored entries, in order. */
export async function entryKinds(room: TestRoom, voteId: string): Promise<string[]> {
  return (await storedVote(room, voteId)).entries.map((e) => e.kind);
}

/**
 * What must hold for every ended vote: its exported document (as a file) verifies with the installation key, its
 * results follow from its ballots, and every receipt given is in it. Returns the verified chain and the document.
 */
export async function expectSoundRecord(
  room: TestRoom,
  key: InstallationKey,
  voteId: string,
  receipts: readonly (AuditReceipt | undefined)[] = [],
): Promise<{ chain: VerifiedChain; document: AuditDocument }> {
  const document = voteDocument(await storedVote(room, voteId));
  const verified = verifyChain(serializeAuditDocument(document), { trustedFingerprints: [key.fingerprint] });
  if (!verified.ok) throw new Error(`record does not verify: ${JSON.stringify(verified.problem)}`);
  expect(resultsFollowFromBallots(verified.entries.map((e) => e.entry))).toMatchObject({ ok: true });
  for (const receipt of receipts) {
    expect(receipt).toBeDefined();
    if (receipt) expect(checkReceipt(verified, receipt)).toMatchObject({ ok: true });
  }
  return { chain: verified, document };
}
