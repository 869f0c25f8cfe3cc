import { roleAction } from '@plenum/module-core/client';
import type { ParticipantInfo } from '@plenum/module-core/protocol';
import type { CommandAction } from '@plenum/module-core/ui';
import type { ParticipantId } from '@plenum/protocol';
import type { Catalogue } from '../i18n/en.js';

/** The core moderator commands the participant list can trigger. */
export interface ModeratorCommands {
  promote(participantId: ParticipantId): void;
  demote(participantId: ParticipantId): void;
}

/**
 * What `viewer` may do to `target`'s role in the participant list (see `roleAction`). Empty for
 * everyone who is not a moderator. Registered modules add their own entries (`participantMenu`).
 */
export function participantActions(
  viewer: ParticipantInfo | undefined,
  target: ParticipantInfo,
  words: Catalogue['roles'],
  commands: ModeratorCommands,
): readonly CommandAction[] {
  const actions: CommandAction[] = [];
  const role = roleAction(viewer, target);
  if (role === 'promote')
    actions.push({ key: 'promote', label: words.makeModerator, onSelect: () => commands.promote(target.id) });
  if (role === 'demote')
    actions.push({ key: 'demote', label: words.removeModerator, onSelect: () => commands.demote(target.id) });
  return actions;
}
