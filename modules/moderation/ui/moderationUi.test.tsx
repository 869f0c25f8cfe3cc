import type { Self } from '@plenum/client-kit';
import { missingTranslations } from '@plenum/client-kit/ui';
import type { ParticipantInfo } from '@plenum/module-core/protocol';
import type { ParticipantId } from '@plenum/protocol';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import type { ModerationState } from '../client/moderationReducer.js';
import { moderationMessages } from './moderationMessages.js';
import { moderationUi } from './moderationUi.js';

const person = (id: string, displayName: string, extra: Partial<ParticipantInfo> = {}): ParticipantInfo => ({
  id: id as ParticipantId,
  displayName,
  role: 'participant',
  kind: 'browser',
  presence: 'online',
  joinedAt: 1,
  permissions: { microphone: true, screen: false },
  group: null,
  ...extra,
});
const alice = person('alice-participant-0001', 'Alice', { role: 'moderator' });
const bob = person('bob-participant-000002', 'Bob <b>');
const gast = person('gast-participant-00003', 'Gast', { role: 'guest' });
const moderator: Self = { participantId: alice.id, role: 'moderator', owner: false, moderator: true };
const participant: Self = { participantId: bob.id, role: 'participant', owner: false, moderator: false };
const off: ModerationState = {
  restrictions: { on: false, allowed: [] },
  rules: { selfRename: true, switchedOff: ['chat'] },
};

function props(state: ModerationState, self: Self) {
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
      participants: [alice, bob, gast],
      locale: 'en' as const,
      messages: moderationMessages.en,
    },
  };
}

describe('moderationUi', () => {
  it('givesModeratorsTheMeetingControlsSection', () => {
    const section = moderationUi.moderation?.(props(off, moderator).props);
    expect(section?.heading).toBe('Meeting controls');
    const html = renderToStaticMarkup(<>{section?.content}</>);
    for (const text of [
      '<h4>Microphones</h4>',
      '>Mute everyone</button>',
      'Only allowed people may speak',
      '<label for="',
      '>Participant</label>',
      '>Remove from meeting</button>',
      '>Ban from meeting</button>',
      'Participants may change their own name',
      '<legend>Available to participants</legend>',
      '<legend>End the meeting for</legend>',
      '>End for them</button>',
      '>End meeting for everyone</button>',
    ])
      expect(html).toContain(text);
    expect(html).toContain('Bob &lt;b&gt;');
    expect(html).not.toContain('<b>');
    expect(html).toMatch(/<input type="checkbox"[^>]*\/>Chat/);
    expect(html).not.toMatch(/<input type="checkbox"[^>]*checked=""[^>]*\/>Chat/);
    expect(html).toMatch(/<input type="checkbox"[^>]*checked=""[^>]*\/>Reactions/);
    expect(moderationUi.moderation?.(props(off, participant).props)).toBeNull();
  });

  it('showsTheAllowListOnlyWhileRestrictionsAreOn', () => {
    const on = { ...off, restrictions: { on: true, allowed: [gast.id] } };
    const html = renderToStaticMarkup(<>{moderationUi.moderation?.(props(on, moderator).props)?.content}</>);
    expect(html).toContain('<legend>Allowed to speak</legend>');
    expect(html).toMatch(/<input type="checkbox"[^>]*checked=""[^>]*\/>Gast/);
    expect(html).not.toMatch(/\/>Alice<\/label>/);
  });

  it('offersQuickActionsInTheParticipantList', () => {
    const { props: p, sent } = props({ ...off, restrictions: { on: true, allowed: [] } }, moderator);
    const entries = moderationUi.participantMenu?.(p, bob) ?? [];
    expect(entries.map((e) => e.label)).toEqual(['Mute', 'Allow screen sharing', 'Allow to speak']);
    for (const e of entries) e.onSelect();
    expect(sent).toEqual([
      { action: 'mute', participantIds: [bob.id] },
      { action: 'setScreenShare', participantId: bob.id, allowed: true },
      { action: 'allowMicrophone', participantId: bob.id, allowed: true },
    ]);
    expect(moderationUi.participantMenu?.(p, alice)).toEqual([]);
    expect(moderationUi.participantMenu?.(props(off, participant).props, gast)).toEqual([]);
    const screen = moderationUi.participantMenu?.(p, { ...gast, permissions: { microphone: true, screen: true } });
    expect(screen?.map((e) => e.label)).toContain('Revoke screen sharing');
  });

  it('hasEveryWordInGermanAndEnglish', () => {
    expect(missingTranslations(moderationMessages)).toEqual([]);
    expect(moderationMessages.en.announce.mutedBy({ name: 'Alice', canUnmute: true })).toBe(
      'Alice muted you. You can unmute yourself.',
    );
    expect(moderationMessages.de.announce.mutedBy({ name: 'Alice', canUnmute: false })).toBe(
      'Alice hat Sie stummgeschaltet.',
    );
  });
});
