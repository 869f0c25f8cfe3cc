import type { Self } from '@plenum/client-kit';
import { missingTranslations } from '@plenum/client-kit/ui';
import type { ParticipantInfo } from '@plenum/module-core/protocol';
import { participantInfo } from '@plenum/module-core/testing';
import type { ParticipantId } from '@plenum/protocol';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import type { RaiseHandsState } from '../client/raiseHandsReducer.js';
import { raiseHandsMessages } from './raiseHandsMessages.js';
import { raiseHandsUi } from './raiseHandsUi.js';

const SAM = 'sam-participant-000001' as ParticipantId;
const BOB = 'bob-participant-000002' as ParticipantId;
const DORA = 'dora-participant-00004' as ParticipantId;
const moderator: Self = { participantId: SAM, role: 'moderator', owner: false, moderator: true };
const participant: Self = { participantId: SAM, role: 'participant', owner: false, moderator: false };
const participants = [participantInfo(SAM, 'Sam'), participantInfo(BOB, 'Bob'), participantInfo(DORA, '<b>Dora</b>')];

const twoHands: RaiseHandsState = {
  enabled: true,
  hands: [
    { participantId: BOB, raisedAt: Date.UTC(2026, 10, 26, 9, 30) },
    { participantId: DORA, raisedAt: Date.UTC(2026, 10, 26, 9, 31) },
  ],
  elsewhere: [],
};

function props(state: RaiseHandsState, self: Self) {
  const sent: unknown[] = [];
  const p = {
    state,
    self,
    send: (command: unknown) => {
      sent.push(command);
      return `c${sent.length}`;
    },
    participants,
    locale: 'en' as const,
    messages: raiseHandsMessages.en,
  };
  return { sent, props: p };
}

describe('raiseHandsUi', () => {
  it('theToolbarButtonSaysWhatPressingItDoesRaiseOrLowerTheOwnHand', () => {
    const down = props(twoHands, participant);
    const entry = raiseHandsUi.toolbar?.(down.props);
    expect(entry).toMatchObject({ label: 'Raise hand' });
    // A plain button whose name changes, not a toggle (a toggle's name must stay the same).
    expect(entry).not.toHaveProperty('pressed');
    entry?.action?.();
    const up = props({ ...twoHands, hands: [...twoHands.hands, { participantId: SAM, raisedAt: 3 }] }, participant);
    const raised = raiseHandsUi.toolbar?.(up.props);
    expect(raised).toMatchObject({ label: 'Lower hand' });
    expect(raised).not.toHaveProperty('pressed');
    raised?.action?.();
    expect([...down.sent, ...up.sent]).toEqual([{ action: 'raise' }, { action: 'lower' }]);
  });

  it('theToggleIsGoneWhileRaisingHandsIsSwitchedOff', () => {
    expect(raiseHandsUi.toolbar?.(props({ enabled: false, hands: [], elsewhere: [] }, moderator).props)).toBeNull();
  });

  it('tilesAndTheListShowAHandModeratorsWithThePlaceInTheQueue', () => {
    const badge = (self: Self, participantId: ParticipantId) =>
      renderToStaticMarkup(raiseHandsUi.tileBadge?.({ ...props(twoHands, self).props, participantId }));
    expect(badge(participant, DORA)).toContain('role="img" aria-label="Hand raised"');
    expect(badge(moderator, DORA)).toContain('aria-label="Hand raised, number 2 in the queue"');
    expect(badge(moderator, SAM)).toBe('');
    // Everyone sees their own place in the queue.
    const own = {
      ...twoHands,
      hands: [...twoHands.hands, { participantId: SAM, raisedAt: Date.UTC(2026, 10, 26, 9, 32) }],
    };
    const mine = renderToStaticMarkup(
      raiseHandsUi.tileBadge?.({ ...props(own, participant).props, participantId: SAM }),
    );
    expect(mine).toContain('aria-label="Hand raised, number 3 in the queue"');
    expect(mine).toContain('data-raised-hand="3"');
    const others = renderToStaticMarkup(
      raiseHandsUi.tileBadge?.({ ...props(own, participant).props, participantId: BOB }),
    );
    expect(others).toContain('aria-label="Hand raised"');
    const listed = raiseHandsUi.participantBadge?.({ ...props(twoHands, participant).props, participantId: BOB });
    expect(renderToStaticMarkup(listed)).toContain('aria-label="Hand raised"');
  });

  it('moderatorsGetTheQueueWithLowerPerPersonAndLowerAll', () => {
    const { props: p, sent } = props(twoHands, moderator);
    const section = raiseHandsUi.moderation?.(p);
    expect(section?.heading).toBe('Raised hands');
    const html = renderToStaticMarkup(section?.content);
    expect(html).toContain('>Lower all</button>');
    const names = [...html.matchAll(/<span id="([^"]+)" class="hand-queue__name">([^<]*)<\/span>/g)];
    expect(names.map((m) => m[2])).toEqual(['Bob', '&lt;b&gt;Dora&lt;/b&gt;']);
    for (const [, id] of names) expect(html).toContain(`aria-describedby="${id}">Lower</button>`);
    expect(html).toMatch(/<ol class="hand-queue__items">/);
    expect(raiseHandsUi.moderation?.(props(twoHands, participant).props)).toBeNull();
    const [entry] = raiseHandsUi.participantMenu?.(p, participantInfo(BOB, 'Bob')) ?? [];
    expect(entry?.label).toBe('Lower hand');
    entry?.onSelect?.();
    expect(sent).toEqual([{ action: 'lowerHand', participantId: BOB }]);
    expect(raiseHandsUi.participantMenu?.(p, participantInfo(SAM, 'Sam'))).toEqual([]);
    expect(raiseHandsUi.participantMenu?.(props(twoHands, participant).props, participantInfo(BOB, 'Bob'))).toEqual([]);
  });

  it('underRestrictedMicrophonesTheQueueOffersAllowToSpeakForThoseWhoMayNotSpeak', () => {
    const { props: p } = props(twoHands, moderator);
    const allowed: string[] = [];
    // As the moderation module offers it: Bob may not speak yet; Dora already may.
    const participantActions = (target: ParticipantInfo) =>
      target.id === BOB
        ? [
            { key: 'mute', label: 'Mute', onSelect: () => undefined },
            { key: 'allowSpeaking', label: 'Allow to speak', onSelect: () => allowed.push(target.id) },
          ]
        : [{ key: 'revokeSpeaking', label: 'Withdraw permission to speak', onSelect: () => undefined }];
    const content = raiseHandsUi.moderation?.({ ...p, participantActions })?.content;
    const html = renderToStaticMarkup(content);
    const names = [...html.matchAll(/<span id="([^"]+)" class="hand-queue__name">([^<]*)<\/span>/g)];
    const [bob, dora] = names.map((m) => m[1]);
    expect(html).toContain(`data-action="speak" aria-describedby="${bob}">Allow to speak</button>`);
    expect(html).not.toContain(`data-action="speak" aria-describedby="${dora}"`);
    expect(html.match(/data-action="speak"/g)).toHaveLength(1);
    // Without restrictions nothing is offered.
    expect(renderToStaticMarkup(raiseHandsUi.moderation?.(p)?.content)).not.toContain('data-action="speak"');
  });

  it('moderatorsSeeTheOtherRoomsWithHandsUpByName', () => {
    const state = {
      ...twoHands,
      elsewhere: [
        { group: 'r10', count: 1 },
        { group: null, count: 2 },
        { group: 'r2', count: 1 },
      ],
    };
    const groupName = (group: string | null) => (group === null ? 'Main room' : `Room ${group.slice(1)}`);
    const html = renderToStaticMarkup(
      raiseHandsUi.moderation?.({ ...props(state, moderator).props, groupName })?.content,
    );
    const labelled = html.match(/<p id="([^"]+)" class="hand-queue__note">Raised hands in other rooms<\/p>/);
    expect(labelled).not.toBeNull();
    expect(html).toContain(`<ul class="hand-queue__elsewhere" aria-labelledby="${labelled?.[1]}">`);
    expect([...html.matchAll(/<li>([^<]*)<\/li>/g)].map((m) => m[1])).toEqual([
      'Main room: 2 hands raised',
      'Room 2: 1 hand raised',
      'Room 10: 1 hand raised',
    ]);
    expect(renderToStaticMarkup(raiseHandsUi.moderation?.(props(twoHands, moderator).props)?.content)).not.toContain(
      'other rooms',
    );
  });

  it('anEmptyOrSwitchedOffQueueSaysSo', () => {
    const section = raiseHandsUi.moderation?.(props({ enabled: false, hands: [], elsewhere: [] }, moderator).props);
    const html = renderToStaticMarkup(section?.content);
    expect(html).toContain('Raising hands is switched off.');
    expect(html).toContain('No hands are raised.');
    expect(html).not.toContain('Lower all');
  });

  it('hasEveryWordInGermanAndEnglish', () => {
    expect(missingTranslations(raiseHandsMessages)).toEqual([]);
    expect(raiseHandsMessages.de.announce.handRaised({ name: 'Bob', position: 2 })).toBe(
      'Bob hebt die Hand (Nummer 2 der Reihe)',
    );
    expect(raiseHandsMessages.en.announce.yourHandLowered({ name: 'Alice' })).toBe('Alice lowered your hand');
  });
});
