import type { InstallationKey } from '@plenum/audit';
import { coreModule } from '@plenum/module-core/server';
import type { VoteKind, VoteReceipt } from '@plenum/module-legal-vote/protocol';
import {
  exportVote,
  legalVoteModule,
  legalVoteRecords,
  readAfterEndDocument,
  serializeVoteProtocol,
} from '@plenum/module-legal-vote/server';
import { installationSigner } from '@plenum/room-kit';
import { type TestPersona, TestRoom, testInstallationKey } from '@plenum/room-kit/testing';

/** A vote run on the real room runtime and exported as a file, as a voter would hold it. */
export interface ExportedVote {
  readonly text: string;
  readonly key: InstallationKey;
  /** Bob's and Carol's receipts, as the room gave them. */
  readonly bob: VoteReceipt;
  readonly carol: VoteReceipt;
}

const receiptOf = (p: TestPersona): VoteReceipt => {
  const receipt = p.inbox.last('legal-vote', 'receipt')?.receipt as VoteReceipt | undefined;
  if (!receipt) throw new Error(`no receipt: ${JSON.stringify(p.inbox.frames)}`);
  return receipt;
};

/**
 * Alice (moderator) starts a vote of `kind` for Bob and Carol; Bob votes yes, tries again (refused, recorded), Carol
 * votes no, Alice stops it; with `late`, Bob and Carol then vote once more (refused after the end, in the protocol's
 * after-the-end section). Returns the exported protocol and the receipts.
 */
export async function exportedVote(kind: VoteKind = 'pseudonymous', late = false): Promise<ExportedVote> {
  const key = testInstallationKey();
  const room = new TestRoom({ modules: [coreModule, legalVoteModule], signer: installationSigner(key) });
  const alice = await room.join('alice', { userId: 'u-alice' });
  const bob = await room.join('bob', { userId: 'u-bob' });
  const carol = await room.join('carol', { userId: 'u-carol' });
  await alice.act('legal-vote', 'start', {
    title: 'Beschluss über den Haushalt 2027',
    kind,
    options: { abstain: true },
    eligible: [bob.participantId, carol.participantId],
    closeWhenAllVoted: false,
  });
  const voteId = (alice.inbox.last('legal-vote', 'started')?.vote as { id: string } | undefined)?.id;
  if (!voteId) throw new Error(`no vote started: ${JSON.stringify(alice.inbox.frames)}`);
  const cast = (p: TestPersona, choice: string) => {
    const token = p.inbox.last('legal-vote', 'ballotIssued')?.token as string | null | undefined;
    return p.act('legal-vote', 'castBallot', { voteId, choice, ...(token ? { token } : {}) });
  };
  await cast(bob, 'yes');
  await cast(bob, 'no');
  await cast(carol, 'no');
  await alice.act('legal-vote', 'stop', { voteId });
  if (late) {
    await cast(bob, 'no');
    await cast(carol, 'yes');
  }
  await room.settle();
  const record = await exportVote(room.records, room.room.id, voteId);
  const afterEnd = await readAfterEndDocument(legalVoteRecords(room.records, room.room.id), voteId);
  const text = serializeVoteProtocol({ record, afterEnd });
  return { text, key, bob: receiptOf(bob), carol: receiptOf(carol) };
}
