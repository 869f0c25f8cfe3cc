import type { TestPersona } from '@plenum/room-kit/testing';
import { MediaState } from '../protocol.js';

/**
 * The media state `seenBy` was last told `who` has (`mediaStateChanged`), read through the protocol schema as a client
 * reads it; undefined while `seenBy` has heard nothing about `who`'s media.
 */
export const mediaOf = (seenBy: TestPersona, who: TestPersona): MediaState | undefined =>
  MediaState.optional().parse(
    seenBy.inbox
      .events('media', 'mediaStateChanged')
      .filter((e) => e.participantId === who.participantId)
      .at(-1)?.media,
  );
