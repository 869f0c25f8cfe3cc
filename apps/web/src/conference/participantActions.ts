import { isModerator, roleAction } from '@plenum/module-core/client';
import type { ParticipantInfo } from '@plenum/module-core/protocol';
import type { ParticipantAction } from '@plenum/module-core/ui';
import { canSendBack } from '@plenum/module-lobby/client';
import type { ParticipantId } from '@plenum/protocol';
import type { Catalogue } from '../i18n/en.js';

/** The moderator commands the participant list can trigger. */
export interface ModeratorCommands {
  promote(participantId: ParticipantId): void;
  demote(participantId: ParticipantId): void;
  sendToWaitingRoom(participantId: ParticipantId): void;
}

/**
 * What `viewer` may do to `target` in the participant list: a role change (see `roleAction`)
 * and, when the room has a waiting room module, "Send to waiting room" for anyone but
 * moderators and the viewer. Empty for everyone who is not a moderator.
 */
export function participantActions(
  viewer: ParticipantInfo | undefined,
  target: ParticipantInfo,
  options: { readonly lobbyEnabled: boolean },
  words: Catalogue['roles'],
  commands: ModeratorCommands,
): readonly ParticipantAction[] {
  const actions: ParticipantAction[] = [];
  const role = roleAction(viewer, target);
  if (role === 'promote')
    actions.push({ key: 'promote', label: words.makeModerator, onSelect: () => commands.promote(target.id) });
  if (role === 'demote')
    actions.push({ key: 'demote', label: words.removeModerator, onSelect: () => commands.demote(target.id) });
  if (isModerator(viewer) && options.lobbyEnabled && target.id !== viewer?.id && canSendBack(target))
    actions.push({
      key: 'sendToWaitingRoom',
      label: words.sendToWaitingRoom,
      onSelect: () => commands.sendToWaitingRoom(target.id),
    });
  return actions;
}
