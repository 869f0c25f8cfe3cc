import type { Self } from '@plenum/client-kit';
import { missingTranslations } from '@plenum/client-kit/ui';
import type { ParticipantInfo } from '@plenum/module-core/protocol';
import type { ParticipantId } from '@plenum/protocol';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { initChat } from '../client/chatReducer.js';
import type { ChatState } from '../client/chatState.js';
import type { ChatMessage } from '../protocol.js';
import { chatMessages } from './chatMessages.js';
import { chatUi } from './chatUi.js';
import { composerKey } from './composerKey.js';

const SAM = 'sam-participant-000001' as ParticipantId;
const BOB = 'bob-participant-000002' as ParticipantId;
const EVA = 'eva-participant-000003' as ParticipantId;
const moderator: Self = { participantId: SAM, role: 'moderator', owner: false, moderator: true };
const participant: Self = { participantId: SAM, role: 'participant', owner: false, moderator: false };
const person = (id: ParticipantId, displayName: string): ParticipantInfo => ({
  id,
  displayName,
  role: 'participant',
  kind: 'browser',
  presence: 'online',
  joinedAt: 1,
  permissions: { microphone: true, screen: false },
  group: null,
});
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
      participants: [person(SAM, 'Sam'), person(BOB, 'Bob')],
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

  it('labelsTheControls', () => {
    const html = panel(props({ ...state([]), messages: history }, participant).props);
    expect(html).toContain('id="h" tabindex="-1">Chat</h2>');
    expect(html).toContain('aria-label="Close chat"');
    expect(html).toContain('>Conversation</label>');
    expect(html).toContain('>Message to everyone</label>');
    expect(html).toContain('Enter sends, Shift+Enter starts a new line.');
    expect(html).toContain('>Send</button>');
    expect(html).toContain('label="Conversations"');
    expect(html).toContain('>Eva (1 unread)</option>');
    expect(html).not.toContain('Clear chat');
  });

  it('moderatorsCanClearTheChat', () => {
    expect(panel(props(state(), moderator).props)).toContain('>Clear chat</button>');
  });

  it('whenSwitchedOffParticipantsReadButCannotWrite', () => {
    const off = panel(props(state(), participant, ['chat']).props);
    expect(off).toContain('Chat is turned off by the moderators');
    expect(off).not.toContain('<textarea');
    expect(off).toContain('zweite Zeile');
    const forModerator = panel(props(state(), moderator, ['chat']).props);
    expect(forModerator).toContain('<textarea');
    expect(forModerator).toContain('Chat is turned off for participants');
    expect(panel(props(state(), participant, ['chat'], 'de').props)).toContain(
      'Der Chat wurde von der Moderation ausgeschaltet',
    );
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

describe('composerKey', () => {
  it('enterSendsShiftEnterAndImeCompositionType', () => {
    expect(composerKey({ key: 'Enter', shiftKey: false })).toBe('send');
    expect(composerKey({ key: 'Enter', shiftKey: true })).toBe('type');
    expect(composerKey({ key: 'Enter', shiftKey: false, isComposing: true })).toBe('type');
    expect(composerKey({ key: 'a', shiftKey: false })).toBe('type');
  });
});
