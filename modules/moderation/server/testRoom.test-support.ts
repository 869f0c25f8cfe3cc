import { FakeMediaPlane } from '@plenum/media/fake';
import { coreModule } from '@plenum/module-core/server';
import { mediaModule } from '@plenum/module-media/server';
import type { ParticipantId } from '@plenum/protocol';
import type { RoomSettings } from '@plenum/room-kit';
import { type TestPersona, TestRoom } from '@plenum/room-kit/testing';
import { moderationModule } from './ModerationModule.js';

/** The latest media state of `who` as `seenBy` knows it. */
export { mediaOf } from '@plenum/module-media/server/testing';

/** A room with the spine (core, media) and moderation, on the fake media plane. */
export function moderatedRoom(settings: Partial<RoomSettings> = {}): TestRoom {
  return new TestRoom({ modules: [coreModule, mediaModule, moderationModule], media: new FakeMediaPlane(), settings });
}

/** A browser-like SDP offer with one sending m-line per entry (mids in order). */
function offer(kinds: readonly ('audio' | 'video')[]): string {
  const out = ['v=0', 'o=- 1 2 IN IP4 127.0.0.1', 's=-', 't=0 0', `a=group:BUNDLE ${kinds.map((_, i) => i).join(' ')}`];
  for (const [mid, kind] of kinds.entries()) {
    const pt = kind === 'audio' ? 111 : 96;
    out.push(
      `m=${kind} 9 UDP/TLS/RTP/SAVPF ${pt}`,
      'c=IN IP4 0.0.0.0',
      `a=mid:${mid}`,
      'a=sendonly',
      `a=rtpmap:${pt} ${kind === 'audio' ? 'opus/48000/2' : 'VP8/90000'}`,
      'a=ice-ufrag:abcd',
      'a=ice-pwd:abcdefghijklmnopqrstuvwx',
      'a=setup:actpass',
    );
  }
  return `${out.join('\r\n')}\r\n`;
}

/** Publishes an unmuted microphone. */
export const publishMic = (p: TestPersona, id?: string) =>
  p.act('media', 'publish', { sdp: offer(['audio']), tracks: [{ mid: '0', source: 'microphone' }] }, id);

/** Publishes a microphone and a screen share. */
export const publishMicAndScreen = (p: TestPersona, id?: string) =>
  p.act(
    'media',
    'publish',
    {
      sdp: offer(['audio', 'video']),
      tracks: [
        { mid: '0', source: 'microphone' },
        { mid: '1', source: 'screen' },
      ],
    },
    id,
  );

/** `who` as the core roster last showed it to `seenBy` (joined list or a later update). */
export function infoOf(seenBy: TestPersona, who: TestPersona | ParticipantId): Record<string, unknown> | undefined {
  const id = typeof who === 'string' ? who : who.participantId;
  const updated = seenBy.inbox
    .events('core')
    .flatMap((e) =>
      e.event === 'participantUpdated' || e.event === 'participantJoined'
        ? [e.participant as Record<string, unknown>]
        : e.event === 'joined'
          ? (e.participants as Record<string, unknown>[])
          : [],
    )
    .filter((p) => p.id === id);
  return updated.at(-1);
}

/** Everything but media negotiation frames, which the fake plane sends as others publish. */
export const nonMediaFrames = (p: TestPersona) => p.inbox.frames.filter((f) => f.ns !== 'media');

/** An id nobody in the room has. */
export const nobody = 'nobody-nobody-nobody-1' as ParticipantId;
