import { FakeMediaPlane } from '@plenum/media/fake';
import { mediaModule } from '@plenum/module-media/server';
import type { TestPersona, TestRoom } from '@plenum/room-kit/testing';
import { describe, expect, it } from 'vitest';
import { breakoutRoom, openManual } from './breakoutTestRoom.test-support.js';

/** A browser-like offer that sends a microphone (mid 0). */
const micOffer = [
  'v=0',
  'o=- 1 2 IN IP4 127.0.0.1',
  's=-',
  't=0 0',
  'a=group:BUNDLE 0',
  'm=audio 9 UDP/TLS/RTP/SAVPF 111',
  'c=IN IP4 0.0.0.0',
  'a=mid:0',
  'a=sendonly',
  'a=rtpmap:111 opus/48000/2',
  'a=ice-ufrag:abcd',
  'a=ice-pwd:abcdefghijklmnopqrstuvwx',
  'a=setup:actpass',
  '',
].join('\r\n');

/** Whose streams the persona's latest subscription offer carries. */
const heard = (p: TestPersona) =>
  new Set(
    ((p.inbox.last('media', 'subscriberOffer')?.streams as { participantId: string }[] | undefined) ?? []).map(
      (s) => s.participantId,
    ),
  );

/** Answers every pending subscription offer until nothing changes (the media module negotiates one at a time). */
async function answerAll(room: TestRoom, people: readonly TestPersona[]): Promise<void> {
  for (let round = 0; round < 5; round++)
    for (const p of people) {
      const offer = p.inbox.last('media', 'subscriberOffer');
      if (offer)
        await p.act('media', 'subscriberAnswer', { sdp: (offer.sdp as string).replace(/sendonly/g, 'recvonly') });
    }
  await room.settle();
}

describe('media follows the breakout rooms', () => {
  it('peopleSeeAndHearOnlyTheirBreakoutRoomUntilTheRoomsClose', async () => {
    const room = breakoutRoom({ extra: [mediaModule] });
    expect(room.media).toBeInstanceOf(FakeMediaPlane);
    const alice = await room.join('alice');
    const bob = await room.join('bob');
    const carol = await room.join('carol');
    const guest = await room.join('guest');
    const people = [alice, bob, carol, guest];
    for (const p of people)
      await p.act('media', 'publish', { sdp: micOffer, tracks: [{ mid: '0', source: 'microphone' }] });
    await answerAll(room, people);
    expect(heard(alice)).toEqual(new Set([bob, carol, guest].map((p) => p.participantId)));

    await openManual(alice, 2, [
      [bob, 1],
      [carol, 1],
      [guest, 2],
    ]);
    await answerAll(room, people);
    expect(heard(bob)).toEqual(new Set([carol.participantId]));
    expect(heard(carol)).toEqual(new Set([bob.participantId]));
    expect(heard(guest)).toEqual(new Set());
    expect(heard(alice)).toEqual(new Set());

    await alice.act('breakout', 'goTo', { roomId: 'r2' });
    await answerAll(room, people);
    expect(heard(alice)).toEqual(new Set([guest.participantId]));
    expect(heard(guest)).toEqual(new Set([alice.participantId]));

    await alice.act('breakout', 'close', { warningSeconds: 5 });
    await room.advance(5000);
    await answerAll(room, people);
    for (const p of people)
      expect(heard(p)).toEqual(new Set(people.filter((o) => o !== p).map((o) => o.participantId)));
  });
});
