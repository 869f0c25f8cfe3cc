import type { ParticipantInfo } from '@plenum/module-core/protocol';
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

const person = (id: ParticipantId, displayName: string, extra: Partial<ParticipantInfo> = {}): ParticipantInfo => ({
  id,
  displayName,
  role: 'participant',
  kind: 'browser',
  registered: true,
  presence: 'online',
  joinedAt: 1,
  permissions: { microphone: true, screen: false },
  group: null,
  ...extra,
});

export const roster: readonly ParticipantInfo[] = [
  person(ALICE, 'Alice', { role: 'moderator', permissions: { microphone: true, screen: true } }),
  person(BOB, 'Bob'),
  person(GAST, 'Gast', { role: 'guest' }),
];
