import { ModulePanel } from '@plenum/client-kit/ui';
import type { ParticipantId } from '@plenum/protocol';
import { useEffect, useId, useRef } from 'react';
import type { WaitingPersonInfo, WaitingRoomPolicy } from '../protocol.js';
import type { LobbyUiMessages } from './lobbyUiMessages.js';
import { WaitingPolicyChoice } from './WaitingPolicyChoice.js';
import './WaitingPanel.css';

export interface WaitingPanelProps {
  /** Who waits now, in arrival order. */
  readonly waiting: readonly WaitingPersonInfo[];
  readonly policy: WaitingRoomPolicy;
  /** Guests with a link wait whatever the policy (the room's guest access). */
  readonly guestLinksWait: boolean;
  readonly messages: LobbyUiMessages;
  readonly onAdmit: (participantId: ParticipantId) => void;
  readonly onReject: (participantId: ParticipantId) => void;
  readonly onAdmitAll: () => void;
  readonly onPolicyChange: (policy: WaitingRoomPolicy) => void;
  readonly onClose: () => void;
  /** Id of the heading, so the surrounding landmark can be labelled by it. */
  readonly headingId: string;
}

/**
 * The moderators' waiting-room panel: who must wait (a radio group), everyone who waits with
 * role, arrival time and whether they were sent back, and Admit / Reject per person plus Admit
 * all. The per-person buttons are named "Admit" and "Reject" and described by the person's
 * name. In the modules' panel frame: the heading takes focus when the panel opens, and Escape anywhere in the panel
 * calls `onClose`. When the person whose button had focus leaves the list, focus moves to the next person (or the
 * heading), never to the page's end.
 */
export function WaitingPanel({
  waiting,
  policy,
  guestLinksWait,
  messages,
  onAdmit,
  onReject,
  onAdmitAll,
  onPolicyChange,
  onClose,
  headingId,
}: WaitingPanelProps) {
  const heading = useRef<HTMLHeadingElement>(null);
  const list = useRef<HTMLUListElement>(null);
  /** Row index of the last Admit/Reject pressed, to place focus when that row goes away. */
  const acted = useRef<number | null>(null);
  const baseId = useId();
  // biome-ignore lint/correctness/useExhaustiveDependencies: a change of the list is what may have removed the focused row
  useEffect(() => {
    const index = acted.current;
    if (index === null || list.current?.contains(document.activeElement)) return;
    acted.current = null;
    const buttons = list.current?.querySelectorAll<HTMLButtonElement>('button[data-action="admit"]');
    const next = buttons?.[Math.min(index, buttons.length - 1)];
    (next ?? heading.current)?.focus({ preventScroll: true });
  }, [waiting]);
  const act = (index: number, action: () => void) => {
    acted.current = index;
    action();
  };
  return (
    <ModulePanel
      className="waiting-panel"
      headingId={headingId}
      heading={messages.heading(waiting.length)}
      closeLabel={messages.close}
      onClose={onClose}
      headingRef={heading}
    >
      <WaitingPolicyChoice
        policy={policy}
        guestLinksWait={guestLinksWait}
        messages={messages}
        onChange={onPolicyChange}
      />
      {waiting.length === 0 ? (
        <p className="waiting-panel__empty">{messages.nobodyWaiting}</p>
      ) : (
        <>
          <button type="button" className="button button--small waiting-panel__all" onClick={onAdmitAll}>
            {messages.admitAll}
          </button>
          <ul className="waiting-panel__items" ref={list}>
            {waiting.map((person, index) => {
              const nameId = `${baseId}-${person.participantId}`;
              return (
                <li key={person.participantId} className="waiting-panel__item" data-waiting-id={person.participantId}>
                  <span className="waiting-panel__text">
                    <span id={nameId} className="waiting-panel__name">
                      {person.displayName}
                    </span>
                    <span className="waiting-panel__meta">
                      {[
                        person.role === 'guest' ? messages.guest : messages.participant,
                        person.kind === 'phone' ? messages.phone : null,
                        messages.waitingSince(person.since),
                        person.sentBack ? messages.sentBack : null,
                      ]
                        .filter((part): part is string => part !== null)
                        .join(' · ')}
                    </span>
                  </span>
                  <span className="waiting-panel__actions">
                    <button
                      type="button"
                      className="button button--small button--primary"
                      data-action="admit"
                      aria-describedby={nameId}
                      onClick={() => act(index, () => onAdmit(person.participantId))}
                    >
                      {messages.admit}
                    </button>
                    <button
                      type="button"
                      className="button button--small"
                      data-action="reject"
                      aria-describedby={nameId}
                      onClick={() => act(index, () => onReject(person.participantId))}
                    >
                      {messages.reject}
                    </button>
                  </span>
                </li>
              );
            })}
          </ul>
        </>
      )}
    </ModulePanel>
  );
}
