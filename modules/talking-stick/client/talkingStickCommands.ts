import type { CommandOf, ParticipantId } from '@plenum/protocol';
import type { SpeakerMode, TalkingStickProtocol } from '../protocol.js';

export type TalkingStickCommand = CommandOf<TalkingStickProtocol>;

/** What a moderator chose in the start form. `participantIds` null: everyone present, in join order. */
export interface StartChoice {
  readonly mode: SpeakerMode;
  readonly participantIds: readonly ParticipantId[] | null;
  readonly secondsPerSpeaker: number | null;
}

/** Typed command builders; the UI hands their results to the module's `send`. */
export const talkingStickCommands = {
  start: ({ mode, participantIds, secondsPerSpeaker }: StartChoice): TalkingStickCommand =>
    participantIds === null
      ? { action: 'start', mode, secondsPerSpeaker }
      : { action: 'start', mode, participantIds: [...participantIds], secondsPerSpeaker },
  pass: (): TalkingStickCommand => ({ action: 'pass' }),
  nominate: (participantId: ParticipantId): TalkingStickCommand => ({ action: 'nominate', participantId }),
  skip: (speaker: ParticipantId): TalkingStickCommand => ({ action: 'skip', participantId: speaker }),
  add: (participantId: ParticipantId, position: 'end' | 'next' = 'end'): TalkingStickCommand => ({
    action: 'add',
    participantId,
    position,
  }),
  remove: (participantId: ParticipantId): TalkingStickCommand => ({ action: 'remove', participantId }),
  stop: (): TalkingStickCommand => ({ action: 'stop' }),
} as const;
