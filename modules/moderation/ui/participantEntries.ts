import type { Self, Send } from '@plenum/client-kit';
import type { MicrophoneState, ParticipantMenuEntry } from '@plenum/client-kit/ui';
import type { ParticipantInfo } from '@plenum/module-core/protocol';
import { DisplayName, displayNameMaxLength } from '@plenum/protocol';
import { moderationCommands as c } from '../client/moderationCommands.js';
import { isAllowed, linkOf, type ModerationState } from '../client/moderationReducer.js';
import { mayModerate, mayRemove, mayRename } from '../client/participantRules.js';
import type { ModerationProtocol } from '../protocol.js';
import type { ModerationUiMessages } from './moderationUiMessages.js';

export interface ParticipantEntriesContext {
  readonly state: ModerationState;
  readonly self: Self;
  readonly send: Send<ModerationProtocol>;
  readonly words: ModerationUiMessages['participant'];
  readonly cancel: string;
  /** The name of a dialog's close button. */
  readonly close: string;
  /** How a participant's microphone is (the slot's `microphone`); without it, "Mute" is always offered. */
  readonly microphone?: ((participantId: string) => MicrophoneState) | undefined;
}

/**
 * "Mute" while the microphone sends; for someone already muted, or without a microphone, the same entry says so and
 * does nothing (it keeps its key, so focus stays on it when a mute goes through).
 */
function muteEntry(
  microphone: MicrophoneState,
  words: ModerationUiMessages['participant'],
  mute: () => void,
): ParticipantMenuEntry {
  if (microphone === 'on') return { key: 'mute', label: words.mute, onSelect: mute };
  const label = microphone === 'muted' ? words.muted : words.noMicrophone;
  return { key: 'mute', label, disabled: true, onSelect: () => undefined };
}

/**
 * What this moderator may do to `target`, as the server allows it (it checks again): mute (see `muteEntry`); allow or
 * revoke screen sharing (not for phone callers); while microphone restrictions are on, allow or revoke speaking (not for moderators, who
 * always may); rename guests and phone callers (a form); remove or ban (confirmed first; never the owner, moderators
 * only by the owner). Nothing for oneself, the recorder, or when this client is no moderator. The same entries serve the
 * participant list's menu and the Moderation panel.
 */
export function participantEntries(
  { state, self, send, words, cancel, close, microphone }: ParticipantEntriesContext,
  target: ParticipantInfo,
): ParticipantMenuEntry[] {
  if (!mayModerate(self, target)) return [];
  const name = target.displayName;
  const entries: ParticipantMenuEntry[] = [
    muteEntry(microphone?.(target.id) ?? 'on', words, () => send(c.mute([target.id]))),
  ];
  // A telephone has no screen to share.
  if (target.kind !== 'phone') {
    entries.push(
      target.permissions.screen
        ? { key: 'revokeScreen', label: words.revokeScreen, onSelect: () => send(c.setScreenShare(target.id, false)) }
        : { key: 'allowScreen', label: words.allowScreen, onSelect: () => send(c.setScreenShare(target.id, true)) },
    );
  }
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
        closeLabel: close,
        problem: (text) => (DisplayName.safeParse(text).success ? null : words.nameProblem(displayNameMaxLength)),
        onSubmit: (text) => send(c.rename(target.id, text.trim())),
      },
    });
  if (mayRemove(self, target))
    entries.push(
      {
        key: 'kick',
        label: words.kick,
        removes: true,
        confirm: {
          question: words.kickQuestion(name),
          confirmLabel: words.kickConfirm,
          cancelLabel: cancel,
          closeLabel: close,
        },
        onSelect: () => send(c.kick(target.id)),
      },
      banEntry(target, state, send, { words, cancel, close }),
    );
  return entries;
}

/**
 * "Ban", confirmed first. For a guest who came through a guest link, the confirmation also offers to close that link
 * (so they cannot come back with a fresh guest session), checked to begin with when the link was made for one person.
 */
function banEntry(
  target: ParticipantInfo,
  state: ModerationState,
  send: Send<ModerationProtocol>,
  { words, cancel, close }: Pick<ParticipantEntriesContext, 'words' | 'cancel' | 'close'>,
): ParticipantMenuEntry {
  const link = linkOf(state, target.id);
  return {
    key: 'ban',
    label: words.ban,
    removes: true,
    confirm: {
      question: words.banQuestion(target.displayName),
      confirmLabel: words.banConfirm,
      cancelLabel: cancel,
      closeLabel: close,
      ...(link === null ? {} : { option: { label: words.closeLink, checked: link === 'personal' } }),
    },
    onSelect: (closeLink) => send(c.ban(target.id, closeLink === true)),
  };
}
