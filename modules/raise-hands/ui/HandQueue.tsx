import type { ParticipantInfo } from '@plenum/module-core/protocol';
import type { ParticipantId } from '@plenum/protocol';
import { useEffect, useId, useRef } from 'react';
import type { RaisedHand } from '../protocol.js';
import type { RaiseHandsUiMessages } from './raiseHandsUiMessages.js';
import './raiseHands.css';

export interface HandQueueProps {
  /** Raised hands in the order they went up. */
  readonly hands: readonly RaisedHand[];
  readonly enabled: boolean;
  readonly participants: readonly ParticipantInfo[];
  readonly messages: RaiseHandsUiMessages;
  readonly onLower: (participantId: ParticipantId) => void;
  readonly onLowerAll: () => void;
  /** The other rooms with hands up, by name (moderators, while breakout rooms run); empty: none. */
  readonly elsewhere?: readonly { readonly key: string; readonly room: string; readonly count: number }[];
  /**
   * What lets this person speak when microphones are restricted ("Allow to speak", as the participant's actions offer
   * it), or null when there is nothing to allow (no restriction, or already allowed).
   */
  readonly speakAction?: (participantId: ParticipantId) => SpeakAction | null;
}

/** A participant action shown in the queue: its label and what it does. */
export interface SpeakAction {
  readonly label: string;
  readonly onSelect: () => void;
}

/**
 * The moderators' queue of raised hands of their room, oldest first, as an ordered list: name,
 * when raised, "Allow to speak" while microphones are restricted and the person may not speak, and a "Lower" button,
 * each described by the name; "Lower all" above it. When the person
 * whose button had focus leaves the list, focus moves to the next person's button (or the "no
 * hands" line, also after "Lower all"), so a keyboard user can work down the queue without losing
 * their place; "Allow to speak" goes away once allowed, and focus moves to that row's "Lower". Under it, the other rooms where hands are up and how many ("Room 2: 1 hand raised"),
 * so a breakout room asking for help is seen from anywhere.
 */
export function HandQueue({
  hands,
  enabled,
  participants,
  messages,
  onLower,
  onLowerAll,
  elsewhere = [],
  speakAction = () => null,
}: HandQueueProps) {
  const baseId = useId();
  const list = useRef<HTMLOListElement>(null);
  const status = useRef<HTMLParagraphElement>(null);
  /** Index of the last "Lower" pressed, to place focus when that row goes away. */
  const acted = useRef<number | null>(null);
  // biome-ignore lint/correctness/useExhaustiveDependencies: a change of the queue is what may have removed the focused row
  useEffect(() => {
    const index = acted.current;
    if (index === null || list.current?.contains(document.activeElement)) return;
    acted.current = null;
    const buttons = list.current?.querySelectorAll<HTMLButtonElement>('button[data-action="lower"]');
    const next = buttons?.[Math.min(index, buttons.length - 1)];
    (next ?? status.current)?.focus({ preventScroll: true });
  }, [hands]);
  /** Whose "Allow to speak" was pressed, to keep focus in their row once that button is gone. */
  const allowing = useRef<ParticipantId | null>(null);
  // Allowing changes the participants, not the queue: checked after every render.
  useEffect(() => {
    const id = allowing.current;
    if (id === null) return;
    const row = [...(list.current?.children ?? [])].find((li) => (li as HTMLElement).dataset.handId === id);
    if (row?.querySelector('[data-action="speak"]')) return;
    allowing.current = null;
    const active = document.activeElement;
    if (active !== null && active !== document.body) return;
    // Their hand may have gone down with it: then the queue's first "Lower", else the "no hands" line.
    const lower = '[data-action="lower"]';
    (row ?? list.current)?.querySelector<HTMLElement>(lower)?.focus({ preventScroll: true });
    if (document.activeElement === document.body) status.current?.focus({ preventScroll: true });
  });
  const nameOf = (id: string) => participants.find((p) => p.id === id)?.displayName ?? '';
  return (
    <div className="hand-queue">
      {!enabled && <p className="hand-queue__note">{messages.switchedOff}</p>}
      {hands.length === 0 ? (
        <p className="hand-queue__note" ref={status} tabIndex={-1}>
          {messages.noHands}
        </p>
      ) : (
        <>
          <button
            type="button"
            className="button button--small hand-queue__all"
            onClick={() => {
              acted.current = 0;
              onLowerAll();
            }}
          >
            {messages.lowerAll}
          </button>
          <ol className="hand-queue__items" ref={list}>
            {hands.map((hand, index) => {
              const nameId = `${baseId}-${hand.participantId}`;
              const speak = speakAction(hand.participantId);
              return (
                <li key={hand.participantId} className="hand-queue__item" data-hand-id={hand.participantId}>
                  <span className="hand-queue__text">
                    <span id={nameId} className="hand-queue__name">
                      {nameOf(hand.participantId)}
                    </span>
                    <span className="hand-queue__meta">{messages.raisedAt(hand.raisedAt)}</span>
                  </span>
                  {speak && (
                    <button
                      type="button"
                      className="button button--small"
                      data-action="speak"
                      aria-describedby={nameId}
                      onClick={() => {
                        allowing.current = hand.participantId;
                        speak.onSelect();
                      }}
                    >
                      {speak.label}
                    </button>
                  )}
                  <button
                    type="button"
                    className="button button--small"
                    data-action="lower"
                    aria-describedby={nameId}
                    onClick={() => {
                      acted.current = index;
                      onLower(hand.participantId);
                    }}
                  >
                    {messages.lower}
                  </button>
                </li>
              );
            })}
          </ol>
        </>
      )}
      {elsewhere.length > 0 && (
        <>
          <p id={`${baseId}-elsewhere`} className="hand-queue__note">
            {messages.elsewhereHeading}
          </p>
          <ul className="hand-queue__elsewhere" aria-labelledby={`${baseId}-elsewhere`}>
            {elsewhere.map(({ key, room, count }) => (
              <li key={key}>{messages.handsIn(room, count)}</li>
            ))}
          </ul>
        </>
      )}
    </div>
  );
}
