import type { Self, Send } from '@plenum/client-kit';
import type { ParticipantMenuEntry } from '@plenum/client-kit/ui';
import type { ParticipantInfo } from '@plenum/module-core/protocol';
import { DisplayName, displayNameMaxLength } from '@plenum/protocol';
import { moderationCommands as c } from '../client/moderationCommands.js';
import { isAllowed, type ModerationState } from '../client/moderationReducer.js';
import { mayModerate, mayRemove, mayRename } from '../client/participantRules.js';
import type { ModerationProtocol } from '../protocol.js';
import type { ModerationUiMessages } from './moderationUiMessages.js';

export interface ParticipantEntriesContext {
  readonly state: ModerationState;
  readonly self: Self;
  readonly send: Send<ModerationProtocol>;
  readonly words: ModerationUiMessages['participant'];
  readonly cancel: string;
}

/**
 * What this moderator may do to `target`, as the server allows it (it checks again): mute; allow or revoke screen
 * sharing; while microphone restrictions are on, allow or revoke speaking (not for moderators, who always may);
 * rename guests and phone callers (a form); remove or ban (confirmed first; never the owner, moderators only by the
 * owner). Nothing for oneself, the recorder, or when this client is no moderator. The same entries serve the
 * participant list's menu and the Moderation panel.
 */
export function participantEntries(
  { state, self, send, words, cancel }: ParticipantEntriesContext,
  target: ParticipantInfo,
): ParticipantMenuEntry[] {
  if (!mayModerate(self, target)) return [];
  const name = target.displayName;
  const entries: ParticipantMenuEntry[] = [
    { key: 'mute', label: words.mute, onSelect: () => send(c.mute([target.id])) },
    target.permissions.screen
      ? { key: 'revokeScreen', label: words.revokeScreen, onSelect: () => send(c.setScreenShare(target.id, false)) }
      : { key: 'allowScreen', label: words.allowScreen, onSelect: () => send(c.setScreenShare(target.id, true)) },
  ];
  if (state.restrictions.on && target.role !== 'moderator') {
    const allowed = isAllowed(state, target.id);
    entries.push({
      key: allowed ? 'revokeSpeaking' : 'allowSpeaking',
      label: allowed ? words.revokeSpeaking : words.allowSpeaking,
      onSelect: () => send(c.allowMicrophone(target.id, !allowed)),
    });
  }
  if (mayRename(self, target))
    entries.push({
      key: 'rename',
      label: words.rename,
      form: {
        title: words.renameTitle(name),
        fieldLabel: words.newName,
        initial: name,
        maxLength: displayNameMaxLength,
        submitLabel: words.saveName,
        cancelLabel: cancel,
        problem: (text) => (DisplayName.safeParse(text).success ? null : words.nameProblem(displayNameMaxLength)),
        onSubmit: (text) => send(c.rename(target.id, text.trim())),
      },
    });
  if (mayRemove(self, target))
    entries.push(
      {
        key: 'kick',
        label: words.kick,
        confirm: { question: words.kickQuestion(name), confirmLabel: words.kickConfirm, cancelLabel: cancel },
        onSelect: () => send(c.kick(target.id)),
      },
      {
        key: 'ban',
        label: words.ban,
        confirm: { question: words.banQuestion(name), confirmLabel: words.banConfirm, cancelLabel: cancel },
        onSelect: () => send(c.ban(target.id)),
      },
    );
  return entries;
}
