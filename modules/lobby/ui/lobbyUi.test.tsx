import type { Self } from '@plenum/client-kit';
import { missingTranslations } from '@plenum/client-kit/ui';
import type { ParticipantInfo } from '@plenum/module-core/protocol';
import type { ParticipantId } from '@plenum/protocol';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import type { LobbyState } from '../client/lobbyReducer.js';
import { lobbyMessages } from './lobbyMessages.js';
import { lobbyUi } from './lobbyUi.js';

const SAM = 'sam-participant-000001' as ParticipantId;
const moderator: Self = { participantId: SAM, role: 'moderator', owner: true, moderator: true };
const participant: Self = { participantId: SAM, role: 'participant', owner: false, moderator: false };
const bob: ParticipantInfo = {
  id: 'bob-participant-00002' as ParticipantId,
  displayName: 'Bob',
  role: 'participant',
  kind: 'browser',
  registered: true,
  presence: 'online',
  joinedAt: 2,
  permissions: { microphone: true, screen: false },
  group: null,
};
const dora = {
  participantId: 'dora-participant-00004' as ParticipantId,
  displayName: 'Dora',
  role: 'guest',
  kind: 'browser',
  since: 1,
  sentBack: false,
} as const;

function props(state: LobbyState, self: Self) {
  const sent: unknown[] = [];
  return {
    sent,
    props: {
      state,
      self,
      send: (command: unknown) => {
        sent.push(command);
        return `c${sent.length}`;
      },
      participants: [bob],
      locale: 'en' as const,
      messages: lobbyMessages.en,
    },
  };
}

describe('lobbyUi', () => {
  it('showsModeratorsTheWaitingRoomButtonWithTheCount', () => {
    const { props: p } = props({ policy: 'guests', guestLinksWait: false, waiting: [dora] }, moderator);
    expect(lobbyUi.toolbar?.(p)).toMatchObject({
      label: 'Waiting room',
      badge: 1,
      notice: { text: 'Dora is waiting', open: 'Open waiting room' },
    });
    expect(
      lobbyUi.toolbar?.(props({ policy: 'guests', guestLinksWait: false, waiting: [] }, moderator).props)?.notice,
    ).toBeUndefined();
    expect(
      lobbyUi.toolbar?.(props({ policy: 'guests', guestLinksWait: false, waiting: null }, participant).props),
    ).toBeNull();
  });

  it('thePanelShowsModeratorsWhoWaits', () => {
    const { props: p } = props({ policy: 'guests', guestLinksWait: false, waiting: [dora] }, moderator);
    const html = renderToStaticMarkup(lobbyUi.panel?.({ ...p, headingId: 'h', onClose: () => undefined }));
    expect(html).toContain('Waiting room (1)');
    expect(
      lobbyUi.panel?.({
        ...props({ policy: 'off', guestLinksWait: false, waiting: null }, participant).props,
        headingId: 'h',
        onClose: () => undefined,
      }),
    ).toBeNull();
  });

  it('offersSendingBackInTheParticipantMenuAndThePolicyInTheModerationPanel', () => {
    const { props: p, sent } = props({ policy: 'guests', guestLinksWait: false, waiting: [] }, moderator);
    const [entry] = lobbyUi.participantMenu?.(p, bob) ?? [];
    expect(entry?.label).toBe('Send to waiting room');
    entry?.onSelect?.();
    expect(sent).toEqual([{ action: 'sendToWaitingRoom', participantId: bob.id }]);
    expect(lobbyUi.participantMenu?.(p, { ...bob, role: 'moderator' })).toEqual([]);
    expect(
      lobbyUi.participantMenu?.(props({ policy: 'off', guestLinksWait: false, waiting: null }, participant).props, bob),
    ).toEqual([]);
    const section = lobbyUi.moderation?.(p);
    expect(section?.heading).toBe('Waiting room');
    expect(renderToStaticMarkup(section?.content)).toContain('<legend>Who must wait</legend>');
  });

  it('theModerationSectionSaysWhenGuestsWithALinkWaitWhateverThePolicy', () => {
    const plain = renderToStaticMarkup(
      lobbyUi.moderation?.(props({ policy: 'off', guestLinksWait: false, waiting: [] }, moderator).props)?.content,
    );
    expect(plain).not.toContain('data-hint="guestLinksWait"');
    const hinted = renderToStaticMarkup(
      lobbyUi.moderation?.(props({ policy: 'off', guestLinksWait: true, waiting: [dora] }, moderator).props)?.content,
    );
    expect(hinted).toContain(
      'Guests with a guest link wait here in any case: that is set in the room settings (Guest access: Through the waiting room).',
    );
    expect(hinted).toMatch(/<input type="radio"[^>]*checked=""[^>]*value="off"/);
  });

  it('saysWhenNoModeratorIsLeftInBothLanguages', () => {
    expect(lobbyMessages.en.announce.noModerator({})).toBe(
      'No moderator is in the meeting any more. Nobody can let waiting people in until a moderator joins.',
    );
    expect(lobbyMessages.de.announce.moderatorBack({})).toBe('Die Moderation ist wieder in der Besprechung.');
  });

  it('hasEveryWordInGermanAndEnglish', () => {
    expect(missingTranslations(lobbyMessages)).toEqual([]);
    expect(lobbyMessages.de.announce.waitingStarted({ name: 'Dora' })).toBe('Dora wartet');
  });

  it('namesWhoWaitsInTheNotice', () => {
    expect(lobbyMessages.en.waitingNotice(['Dora', 'Ben'])).toBe('Dora and Ben are waiting');
    expect(lobbyMessages.en.waitingNotice(['Dora', 'Ben', 'Eva'])).toBe('Dora and 2 others are waiting');
    expect(lobbyMessages.de.waitingNotice(['Dora'])).toBe('Dora wartet');
    expect(lobbyMessages.de.waitingNotice(['Dora', 'Ben', 'Eva'])).toBe('Dora und 2 weitere warten');
  });

  it('formatsTheWaitingTimeInTheUiLanguage', () => {
    const at = new Date(2026, 0, 5, 14, 7).getTime();
    expect(lobbyMessages.de.panel.waitingSince(at)).toBe('wartet seit 14:07 Uhr');
    // English as written in a German administration: 24-hour clock.
    expect(lobbyMessages.en.panel.waitingSince(at)).toBe('waiting since 14:07');
  });
});
