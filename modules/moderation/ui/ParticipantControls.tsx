import type { Self } from '@plenum/client-kit';
import type { ParticipantInfo } from '@plenum/module-core/protocol';
import { DisplayName, type ParticipantId } from '@plenum/protocol';
import { type FormEvent, useId, useState } from 'react';
import { mayRemove, mayRename } from '../client/participantRules.js';
import { ConfirmButton } from './ConfirmButton.js';
import type { ModerationUiMessages } from './moderationUiMessages.js';

export interface ParticipantActionsHandlers {
  readonly onMute: (participantId: ParticipantId) => void;
  readonly onScreen: (participantId: ParticipantId, allowed: boolean) => void;
  readonly onRename: (participantId: ParticipantId, displayName: string) => void;
  readonly onKick: (participantId: ParticipantId) => void;
  readonly onBan: (participantId: ParticipantId) => void;
}

export interface ParticipantControlsProps extends ParticipantActionsHandlers {
  readonly self: Self;
  /** Everyone else a moderator may act on, in join order. */
  readonly others: readonly ParticipantInfo[];
  readonly messages: ModerationUiMessages['participant'];
  readonly cancel: string;
}

/**
 * One participant at a time: choose them, then mute, allow or revoke screen sharing, rename (guests and phone
 * callers), remove or ban (each with a confirmation step).
 */
export function ParticipantControls({ self, others, messages, cancel, ...on }: ParticipantControlsProps) {
  const selectId = useId();
  const [chosenId, setChosenId] = useState<string>('');
  if (others.length === 0) return <p className="moderation-tools__hint">{messages.nobody}</p>;
  const chosen = others.find((p) => p.id === chosenId) ?? others[0];
  if (!chosen) return null;
  return (
    <div className="moderation-tools__group">
      <label htmlFor={selectId}>{messages.choose}</label>
      <select id={selectId} value={chosen.id} onChange={(event) => setChosenId(event.currentTarget.value)}>
        {others.map((p) => (
          <option key={p.id} value={p.id}>
            {p.displayName}
          </option>
        ))}
      </select>
      <div className="moderation-tools__actions">
        <button type="button" className="button button--small" onClick={() => on.onMute(chosen.id)}>
          {messages.mute}
        </button>
        <button
          type="button"
          className="button button--small"
          onClick={() => on.onScreen(chosen.id, !chosen.permissions.screen)}
        >
          {chosen.permissions.screen ? messages.revokeScreen : messages.allowScreen}
        </button>
      </div>
      {mayRename(self, chosen) && (
        <RenameForm key={chosen.id} participant={chosen} messages={messages} onRename={on.onRename} />
      )}
      {mayRemove(self, chosen) && (
        <div className="moderation-tools__actions">
          <ConfirmButton
            key={`kick-${chosen.id}`}
            label={messages.kick}
            question={messages.kickQuestion(chosen.displayName)}
            confirmLabel={messages.kickConfirm}
            cancelLabel={cancel}
            onConfirm={() => on.onKick(chosen.id)}
            danger
          />
          <ConfirmButton
            key={`ban-${chosen.id}`}
            label={messages.ban}
            question={messages.banQuestion(chosen.displayName)}
            confirmLabel={messages.banConfirm}
            cancelLabel={cancel}
            onConfirm={() => on.onBan(chosen.id)}
            danger
          />
        </div>
      )}
    </div>
  );
}

function RenameForm({
  participant,
  messages,
  onRename,
}: {
  readonly participant: ParticipantInfo;
  readonly messages: ModerationUiMessages['participant'];
  readonly onRename: (participantId: ParticipantId, displayName: string) => void;
}) {
  const inputId = useId();
  const [name, setName] = useState(participant.displayName);
  const valid = DisplayName.safeParse(name).success;
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (valid) onRename(participant.id, name.trim());
  };
  return (
    <form className="moderation-tools__rename" onSubmit={submit}>
      <label htmlFor={inputId}>{messages.newName}</label>
      <input
        id={inputId}
        type="text"
        value={name}
        maxLength={64}
        aria-invalid={!valid}
        onChange={(event) => setName(event.currentTarget.value)}
      />
      <button type="submit" className="button button--small" disabled={!valid}>
        {messages.saveName}
      </button>
    </form>
  );
}
