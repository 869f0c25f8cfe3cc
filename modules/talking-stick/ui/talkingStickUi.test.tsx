import { missingTranslations } from '@plenum/client-kit/ui';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import type { TalkingStickState } from '../client/talkingStickReducer.js';
import { talkingStickMessages } from './talkingStickMessages.js';
import { talkingStickUi } from './talkingStickUi.js';
import { ALICE, BOB, CAROL, idle, REC, roster, running, selfOf } from './uiFixtures.test-support.js';

function props(state: TalkingStickState, self = selfOf(ALICE)) {
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
      participants: roster,
      locale: 'en' as const,
      messages: talkingStickMessages.en,
    },
  };
}
const target = (id: string) => roster.find((p) => p.id === id) ?? (roster[0] as (typeof roster)[number]);

describe('talkingStickUi', () => {
  it('everyoneHasTheSpeakerListButtonWithHowManyAreOnARunningList', () => {
    expect(talkingStickUi.toolbar?.(props(running, selfOf(CAROL)).props)).toMatchObject({
      label: 'Speaker list',
      badge: 3,
    });
    expect(talkingStickUi.toolbar?.(props(idle, selfOf(CAROL)).props)).toMatchObject({ badge: 0 });
  });

  it('theSpeakersTileCarriesTheStickAndTheNextATheirMark', () => {
    const { props: p } = props(running, selfOf(CAROL));
    const on = (participantId: string) =>
      renderToStaticMarkup(talkingStickUi.tileBadge?.({ ...p, participantId: participantId as never }));
    expect(on(BOB)).toContain('aria-label="Speaking (speaker list)"');
    expect(on(CAROL)).toContain('aria-label="Next on the speaker list"');
    expect(on(ALICE)).toBe('');
    expect(renderToStaticMarkup(talkingStickUi.participantBadge?.({ ...p, participantId: BOB }))).toContain(
      'data-talking-stick="speaking"',
    );
  });

  it('moderatorsAddAndRemoveFromTheParticipantMenuWhileAListRuns', () => {
    const { props: p, sent } = props(running);
    const [remove] = talkingStickUi.participantMenu?.(p, target(BOB)) ?? [];
    expect(remove?.label).toBe('Remove from speaker list');
    remove?.onSelect?.();
    const guest = { ...target(CAROL), id: 'guest-participant-0005' as never, displayName: 'Gast' };
    const [add] = talkingStickUi.participantMenu?.(p, guest) ?? [];
    expect(add?.label).toBe('Add to speaker list');
    add?.onSelect?.();
    expect(sent).toEqual([
      { action: 'remove', participantId: BOB },
      { action: 'add', participantId: guest.id, position: 'end' },
    ]);
    expect(talkingStickUi.participantMenu?.(p, target(REC))).toEqual([]);
    expect(talkingStickUi.participantMenu?.(props(idle).props, target(BOB))).toEqual([]);
    expect(talkingStickUi.participantMenu?.(props(running, selfOf(CAROL)).props, target(BOB))).toEqual([]);
  });

  it('theModerationSectionStartsOrSteersTheList', () => {
    const start = talkingStickUi.moderation?.(props(idle).props);
    expect(start?.heading).toBe('Speaker list');
    expect(renderToStaticMarkup(start?.content)).toContain('>Start speaker list</button>');
    const steer = renderToStaticMarkup(talkingStickUi.moderation?.(props(running).props)?.content);
    expect(steer).toContain('Speaking now: Bob &lt;b&gt;');
    expect(steer).toContain('>Skip current speaker</button>');
    expect(talkingStickUi.moderation?.(props(running, selfOf(CAROL)).props)).toBeNull();
  });

  it('hasEveryWordInGermanAndEnglish', () => {
    expect(missingTranslations(talkingStickMessages)).toEqual([]);
    expect(talkingStickMessages.de.announce.yourTurn({ seconds: 90 })).toBe(
      'Sie sind an der Reihe. Sie haben 1 Minute 30 Sekunden.',
    );
    expect(talkingStickMessages.en.announce.timeUp({ previous: 'Bob', name: 'Carol' })).toBe(
      'Time is up for Bob. Carol is speaking now.',
    );
    expect(talkingStickMessages.en.announce.speaking({ name: '' })).toBe('Someone is speaking now.');
  });
});
