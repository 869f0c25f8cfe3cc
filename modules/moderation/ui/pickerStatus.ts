import type { MicrophoneState } from '@plenum/client-kit/ui';
import type { ParticipantInfo } from '@plenum/module-core/protocol';
import type { ModerationUiMessages } from './moderationUiMessages.js';

/**
 * What the participant picker shows after a name, so that two people of the same name can be told apart: a
 * moderator's or guest's role, a phone, a muted microphone ("Guest · muted"); empty for a participant with nothing
 * of that.
 */
export function pickerStatus(
  person: Pick<ParticipantInfo, 'role' | 'kind'>,
  microphone: MicrophoneState | undefined,
  words: ModerationUiMessages['find']['status'],
): string {
  return [
    person.role === 'moderator' ? words.moderator : person.role === 'guest' ? words.guest : null,
    person.kind === 'phone' ? words.phone : null,
    microphone === 'muted' ? words.muted : null,
  ]
    .filter((part) => part !== null)
    .join(' · ');
}
