import type { CommandOf, ParticipantId } from '@plenum/protocol';
import type { DebriefScope, ModerationProtocol, SwitchableFeature } from '../protocol.js';

type Command = CommandOf<ModerationProtocol>;

/** Typed builders of every moderation command, for `send`. */
export const moderationCommands = {
  mute: (participantIds: readonly ParticipantId[]): Command => ({
    action: 'mute',
    participantIds: [...participantIds],
  }),
  muteAll: (): Command => ({ action: 'muteAll' }),
  restrictMicrophones: (allowed: readonly ParticipantId[]): Command => ({
    action: 'restrictMicrophones',
    allowed: [...allowed],
  }),
  allowMicrophone: (participantId: ParticipantId, allowed: boolean): Command => ({
    action: 'allowMicrophone',
    participantId,
    allowed,
  }),
  liftMicrophoneRestrictions: (): Command => ({ action: 'liftMicrophoneRestrictions' }),
  setScreenShare: (participantId: ParticipantId, allowed: boolean | 'byRole'): Command => ({
    action: 'setScreenShare',
    participantId,
    allowed,
  }),
  kick: (participantId: ParticipantId): Command => ({ action: 'kick', participantId }),
  /** With `closeLink`, the guest link the banned guest came through is closed too. */
  ban: (participantId: ParticipantId, closeLink = false): Command => ({
    action: 'ban',
    participantId,
    ...(closeLink ? { closeLink: true } : {}),
  }),
  rename: (participantId: ParticipantId, displayName: string): Command => ({
    action: 'rename',
    participantId,
    displayName,
  }),
  setSelfRename: (allowed: boolean): Command => ({ action: 'setSelfRename', allowed }),
  debrief: (scope: DebriefScope): Command => ({ action: 'debrief', scope }),
  endMeeting: (): Command => ({ action: 'endMeeting' }),
  setFeature: (feature: SwitchableFeature, on: boolean): Command => ({ action: 'setFeature', feature, on }),
} as const;
