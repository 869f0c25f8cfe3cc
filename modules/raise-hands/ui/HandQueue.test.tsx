// @vitest-environment happy-dom
import { type DomRoot, domRoot } from '@plenum/client-kit/ui/dom-testing';
import { participantInfo } from '@plenum/module-core/testing';
import type { ParticipantId } from '@plenum/protocol';
import { act } from 'react';
import { beforeEach, describe, expect, it } from 'vitest';
import type { RaisedHand } from '../protocol.js';
import { HandQueue } from './HandQueue.js';
import { raiseHandsMessages } from './raiseHandsMessages.js';

const BOB = 'bob-participant-000002' as ParticipantId;
const DORA = 'dora-participant-00004' as ParticipantId;
const person = (id: ParticipantId, displayName: string) =>
  participantInfo(id, displayName, { permissions: { microphone: false, screen: false } });
const hands: RaisedHand[] = [
  { participantId: BOB, raisedAt: Date.UTC(2026, 10, 26, 9, 30) },
  { participantId: DORA, raisedAt: Date.UTC(2026, 10, 26, 9, 31) },
];

let at: DomRoot;
beforeEach(() => {
  at = domRoot();
});

/** The queue as the moderation panel shows it: "Allow to speak" for those in `muted` only. */
function queue(queued: readonly RaisedHand[], muted: readonly ParticipantId[], allow: (id: ParticipantId) => void) {
  at.render(
    <HandQueue
      hands={queued}
      enabled
      participants={[person(BOB, 'Bob'), person(DORA, 'Dora')]}
      messages={raiseHandsMessages.en.ui}
      onLower={() => undefined}
      onLowerAll={() => undefined}
      speakAction={(id) => (muted.includes(id) ? { label: 'Allow to speak', onSelect: () => allow(id) } : null)}
    />,
  );
}

const rowOf = (id: ParticipantId) => at.host.querySelector<HTMLElement>(`[data-hand-id="${id}"]`);

describe('HandQueue', () => {
  it('focusStaysInTheRowWhenAllowToSpeakGoesAway', () => {
    let muted: ParticipantId[] = [BOB, DORA];
    const allow = (id: ParticipantId) => {
      muted = muted.filter((m) => m !== id);
    };
    queue(hands, muted, allow);
    const speak = rowOf(DORA)?.querySelector<HTMLButtonElement>('[data-action="speak"]');
    speak?.focus();
    act(() => speak?.click());
    // Allowed: the participants change and the button is gone.
    queue(hands, muted, allow);
    expect(rowOf(DORA)?.querySelector('[data-action="speak"]')).toBeNull();
    expect(document.activeElement).toBe(rowOf(DORA)?.querySelector('[data-action="lower"]'));
    expect(document.activeElement?.textContent).toBe('Lower');
  });

  it('focusGoesToTheNextLowerWhenTheHandWentDownWithIt', () => {
    queue(hands, [BOB], () => undefined);
    const speak = rowOf(BOB)?.querySelector<HTMLButtonElement>('[data-action="speak"]');
    speak?.focus();
    act(() => speak?.click());
    queue(hands.slice(1), [], () => undefined);
    expect(document.activeElement).toBe(rowOf(DORA)?.querySelector('[data-action="lower"]'));
  });
});
