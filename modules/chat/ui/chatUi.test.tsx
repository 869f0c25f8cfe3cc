import type { Self } from '@plenum/client-kit';
import { missingTranslations } from '@plenum/client-kit/ui';
import { participantInfo } from '@plenum/module-core/testing';
import type { ParticipantId } from '@plenum/protocol';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { initChat } from '../client/chatReducer.js';
import type { ChatState } from '../client/chatState.js';
import { type ChatMessage, chatLimits } from '../protocol.js';
import { chatMessages } from './chatMessages.js';
import { chatUi } from './chatUi.js';
import { composerKey } from './composerKey.js';
import { lengthAnnouncement } from './MessageComposer.js';

const SAM = 'sam-participant-000001' as ParticipantId;
const BOB = 'bob-participant-000002' as ParticipantId;
const EVA = 'eva-participant-000003' as ParticipantId;
const moderator: Self = { participantId: SAM, role: 'moderator', owner: false, moderator: true };
const participant: Self = { participantId: SAM, role: 'participant', owner: false, moderator: false };
const attack = '<img src=x onerror=alert(1)>';
const history: ChatMessage[] = [
  { seq: 1, from: BOB, fromName: 'Bob', text: `${attack}\nzweite Zeile`, at: Date.UTC(2026, 0, 1, 9, 30) },
  { seq: 2, from: SAM, fromName: 'Sam', text: 'Hallo', at: Date.UTC(2026, 0, 1, 9, 31) },
  { seq: 3, from: EVA, fromName: 'Eva', to: SAM, toName: 'Sam', text: 'psst', at: Date.UTC(2026, 0, 1, 9, 32) },
];

function state(messages: ChatMessage[] = history): ChatState {
  const s = initChat({ messages });
  if (!s) throw new Error('off');
  return s;
}

function props(s: ChatState, self: Self, switchedOff: string[] = [], locale: 'en' | 'de' = 'en') {
  const sent: unknown[] = [];
  return {
    sent,
    props: {
      state: s,
      self,
      send: (command: unknown) => {
        sent.push(command);
        return `c${sent.length}`;
      },
      participants: [participantInfo(SAM, 'Sam'), participantInfo(BOB, 'Bob')],
      locale,
      messages: chatMessages[locale],
      policy: { selfRename: true, switchedOff },
      update: () => undefined,
    },
  };
}
const panel = (p: ReturnType<typeof props>['props']) =>
  renderToStaticMarkup(chatUi.panel?.({ ...p, headingId: 'h', onClose: () => undefined }));

describe('chatUi', () => {
  it('hasEveryWordInGermanAndEnglish', () => {
    expect(missingTranslations(chatMessages)).toEqual([]);
  });

  it('theChatButtonCountsUnreadMessagesOfOthers', () => {
    const s = state([]);
    const unread = { ...s, messages: history };
    expect(chatUi.toolbar?.(props(unread, participant).props)).toMatchObject({ label: 'Chat', badge: 2 });
    expect(chatUi.toolbar?.(props(s, participant).props)).toMatchObject({ label: 'Chat', badge: 0 });
  });

  it('showsMarkupAsTextWithSenderAndTime', () => {
    const html = panel(props(state(), participant).props);
    expect(html).toContain('&lt;img src=x onerror=alert(1)&gt;');
    expect(html).not.toContain('<img');
    expect(html).toContain('role="log"');
    expect(html).toContain('aria-label="Messages to everyone"');
    expect(html).toContain('<time class="chat-message__time" dateTime="2026-01-01T09:30:00.000Z">09:30</time>');
    expect(html).toContain('>You<');
    expect(html).not.toContain('psst');
  });

  it('saysThatAndHowLongTheRoomChatIsKeptWhenTheTenantKeepsIt', () => {
    const kept = initChat({ messages: history, keptForDays: 30 });
    if (!kept) throw new Error('off');
    const html = panel(props(kept, participant).props);
    expect(html).toContain(
      'Messages to everyone are kept for 30 days: everyone who joins this room later, guests included, can read them.',
    );
    const noteId = /<p id="([^"]+)" class="chat-panel__kept">/.exec(html)?.[1];
    expect(html).toContain(`aria-describedby="${noteId} `);
    expect(panel(props(kept, participant, [], 'de').props)).toContain('werden 30 Tage aufbewahrt');
    expect(panel(props(state(), participant).props)).not.toContain('chat-panel__kept');
  });

  it('inABreakoutRoomSaysThatItsChatIsOnlyForThatRoomAndGoesWhenTheRoomsClose', () => {
    const p = props(state(), participant).props;
    const inRoom = { ...p, participants: p.participants.map((x) => ({ ...x, group: 'room-1' })) };
    const html = panel(inRoom);
    expect(html).toContain('They are deleted when the breakout rooms close.');
    expect(html).toContain('>Everyone in this room</option>');
    expect(html).toContain('>Message to everyone in this room</label>');
    expect(html).toContain('aria-label="Messages to everyone in this room"');
  });

  it('marksGuestsAndModeratorsAmongTheRecipientsSoSameNamesCannotMislead', () => {
    const p = props(state([]), participant).props;
    const html = panel({
      ...p,
      participants: [
        participantInfo(SAM, 'Sam'),
        { ...participantInfo(BOB, 'Anna'), role: 'moderator' as const },
        { ...participantInfo(EVA, 'Anna'), role: 'guest' as const },
      ],
    });
    expect(html).toContain('>Anna (moderator)</option>');
    expect(html).toContain('>Anna (guest)</option>');
  });

  it('setsKeptMessagesOfEarlierMeetingsApartWithTheirDate', () => {
    const earlier: ChatMessage = { ...history[0], seq: 1, text: 'gestern', earlier: true } as ChatMessage;
    const now: ChatMessage = { ...history[1], seq: 501 } as ChatMessage;
    const html = panel(props(state([earlier, now]), participant).props);
    expect(html.indexOf('>From earlier meetings</h3>')).toBeLessThan(html.indexOf('gestern'));
    expect(html.indexOf('gestern')).toBeLessThan(html.indexOf('>This meeting</h3>'));
    expect(html.indexOf('>This meeting</h3>')).toBeLessThan(html.indexOf('Hallo'));
    expect(html).toContain('>1 Jan, 09:30</time>');
    expect(panel(props(state(), participant).props)).not.toContain('From earlier meetings');
  });

  it('labelsTheControls', () => {
    const html = panel(props({ ...state([]), messages: history }, participant).props);
    expect(html).toContain('id="h" tabindex="-1">Chat</h2>');
    expect(html).toContain('aria-label="Close chat"');
    expect(html).toContain('>Conversation</label>');
    expect(html).toContain('>Message to everyone</label>');
    expect(html).toContain('Enter sends, Shift+Enter starts a new line.');
    expect(html).toContain('>Send</button>');
    expect(html).toContain('<span class="chat-panel__counter" aria-hidden="true">0 / 2000</span>');
    expect(html).toMatch(/aria-describedby="(\S+)-hint \1-counter"/);
    expect(html).toContain('class="visually-hidden">0 of 2000 characters</span>');
    expect(html).toMatch(/<p class="visually-hidden" aria-live="polite"[^>]*><\/p>/);
    expect(html).toContain('label="Conversations"');
    expect(html).toContain('>Eva (1 unread)</option>');
    expect(html).not.toContain('Clear chat');
  });

  it('moderatorsCanClearTheChat', () => {
    expect(panel(props(state(), moderator).props)).toContain('>Clear chat</button>');
  });

  it('whenSwitchedOffParticipantsReadButCannotWrite', () => {
    const off = panel(props(state(), participant, ['chat']).props);
    expect(off).toContain('A moderator has switched chat off. You can still read the messages.');
    expect(off).not.toContain('<textarea');
    expect(off).toContain('zweite Zeile');
    const forModerator = panel(props(state(), moderator, ['chat']).props);
    expect(forModerator).toContain('<textarea');
    expect(forModerator).toContain('Chat is switched off for participants. As a moderator you can still write.');
    expect(panel(props(state(), participant, ['chat'], 'de').props)).toContain(
      'Die Moderation hat den Chat ausgeschaltet.',
    );
    const on = panel(props(state(), participant, ['reactions']).props);
    expect(on).toContain('<textarea');
    expect(on).not.toContain('switched chat off');
  });

  it('aPrivateConversationWithSomeoneWhoLeftCanBeReadButNotAnswered', () => {
    const html = panel(props({ ...state(), selected: EVA }, participant).props);
    expect(html).toContain('aria-label="Private messages with Eva"');
    expect(html).toContain('psst');
    expect(html).toContain('Eva is no longer in this room.');
    expect(html).not.toContain('<textarea');
  });

  it('offersPrivateMessagesToOthersInTheRoom', () => {
    const html = panel(props(state([]), participant).props);
    expect(html).toContain('label="Write privately to"');
    expect(html).toContain(`<option value="${BOB}">Bob</option>`);
    const withBob = panel(props({ ...state([]), selected: BOB }, participant).props);
    expect(withBob).toContain('>Private message to Bob</label>');
  });
});

describe('lengthAnnouncement', () => {
  const words = chatMessages.en.panel;
  it('saysNothingUntilNearTheLimitThenWhatIsLeftAndThatItIsReached', () => {
    expect(lengthAnnouncement(words, 120)).toBe('');
    expect(lengthAnnouncement(words, chatLimits.counterFrom - 1)).toBe('');
    expect(lengthAnnouncement(words, chatLimits.counterFrom)).toBe('200 characters left');
    expect(lengthAnnouncement(words, 1999)).toBe('1 character left');
    expect(lengthAnnouncement(words, 2000)).toBe('Limit of 2000 characters reached. Nothing more can be typed.');
    expect(lengthAnnouncement(chatMessages.de.panel, 1990)).toBe('Noch 10 Zeichen');
  });
});

describe('composerKey', () => {
  it('enterSendsShiftEnterAndImeCompositionType', () => {
    expect(composerKey({ key: 'Enter', shiftKey: false })).toBe('send');
    expect(composerKey({ key: 'Enter', shiftKey: true })).toBe('type');
    expect(composerKey({ key: 'Enter', shiftKey: false, isComposing: true })).toBe('type');
    expect(composerKey({ key: 'a', shiftKey: false })).toBe('type');
  });
});
