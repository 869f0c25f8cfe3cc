import type { ParticipantInfo } from '@plenum/module-core/protocol';
import { participantInfo } from '@plenum/module-core/testing';
import type { ParticipantId } from '@plenum/protocol';

/** Golden frames exactly as the server sends them (JSON text), for the client tests. */
export const ALICE = 'alice-participant-0001' as ParticipantId;
export const BOB = 'bob-participant-000002' as ParticipantId;
export const GAST = 'gast-participant-00003' as ParticipantId;

export const joinedModules = `{"restrictions":{"on":false,"allowed":[]}}`;
export const mutedFrame = `{"ns":"moderation","event":"muted","by":"${ALICE}","byName":"Alice"}`;
export const restrictedFrame = `{"ns":"moderation","event":"microphoneRestrictionsChanged","restrictions":{"on":true,"allowed":["${GAST}"]}}`;
export const liftedFrame = `{"ns":"moderation","event":"microphoneRestrictionsChanged","restrictions":{"on":false,"allowed":[]}}`;
export const forbiddenFrame = `{"ns":"moderation","id":"c7","error":"forbidden","required":"moderator"}`;
export const tooManyFrame = `{"ns":"moderation","id":"c8","error":"tooManyTargets","maxTargets":250}`;
export const moderatorJoinedModules = `{"restrictions":{"on":false,"allowed":[]},"linkGuests":[{"participantId":"${GAST}","personal":true}]}`;
export const linkGuestsFrame = `{"ns":"moderation","event":"linkGuests","guests":[{"participantId":"${GAST}","personal":false}]}`;
export const guestLinkClosedFrame = `{"ns":"moderation","event":"guestLinkClosed","label":"Bürgerfragen"}`;
export const linkNotClosedFrame = `{"ns":"moderation","id":"c10","error":"linkNotClosed"}`;
export const notRenamableFrame = `{"ns":"moderation","id":"c9","error":"notRenamable","participantId":"${BOB}"}`;

export const roster: readonly ParticipantInfo[] = [
  participantInfo(ALICE, 'Alice', { role: 'moderator', permissions: { microphone: true, screen: true } }),
  participantInfo(BOB, 'Bob'),
  participantInfo(GAST, 'Gast', { role: 'guest' }),
];
