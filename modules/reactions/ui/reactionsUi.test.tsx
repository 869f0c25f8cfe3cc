import type { Self } from '@plenum/client-kit';
import { missingTranslations } from '@plenum/client-kit/ui';
import type { ParticipantId } from '@plenum/protocol';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import type { ReactionsState } from '../client/reactionsReducer.js';
import { reactionsMessages } from './reactionsMessages.js';
import { reactionsUi } from './reactionsUi.js';

const SAM = 'sam-participant-000001' as ParticipantId;
const BOB = 'bob-participant-000002' as ParticipantId;
const self: Self = { participantId: SAM, role: 'participant', owner: false, moderator: false };
const on: ReactionsState = {
  enabled: true,
  latest: { [BOB]: { reaction: 'thumbsUp', at: 1000, seq: 1 } },
  seq: 1,
  announcedAt: 1000,
  unannounced: 0,
};

function props(state: ReactionsState) {
  const sent: unknown[] = [];
  const p = {
    state,
    self,
    send: (command: unknown) => {
      sent.push(command);
      return `c${sent.length}`;
    },
    participants: [],
    locale: 'en' as const,
    messages: reactionsMessages.en,
  };
  return { sent, props: p };
}

describe('reactionsUi', () => {
  it('theReactionsButtonOpensAPickerWithNamedEmojiButtonsAndClosesAfterAPick', () => {
    const { props: p, sent } = props(on);
    const entry = reactionsUi.toolbar?.(p);
    expect(entry?.label).toBe('Reactions');
    let closed = 0;
    const menu = entry?.menu?.(() => {
      closed++;
    });
    const html = renderToStaticMarkup(menu);
    expect(html).toContain('<legend class="visually-hidden">Send a reaction</legend>');
    for (const name of ['Thumbs up', 'Applause', 'Heart', 'Laughing', 'Surprised', 'Celebration'])
      expect(html).toContain(`aria-label="${name}"`);
    expect(html).toContain('<span aria-hidden="true">👍</span>');
    const element = menu as { props: { onPick: (r: string) => void } };
    element.props.onPick('heart');
    expect(sent).toEqual([{ action: 'react', reaction: 'heart' }]);
    expect(closed).toBe(1);
  });

  it('whileReactionsAreSwitchedOffOnlyModeratorsKeepTheButton', () => {
    const off = props({ ...on, enabled: false }).props;
    expect(reactionsUi.toolbar?.(off)).toBeNull();
    expect(reactionsUi.toolbar?.({ ...off, self: { ...self, role: 'moderator', moderator: true } })?.label).toBe(
      'Reactions',
    );
  });

  it('theSendersTileShowsTheirReaction', () => {
    const badge = (participantId: ParticipantId) =>
      renderToStaticMarkup(reactionsUi.tileBadge?.({ ...props(on).props, participantId }));
    expect(badge(BOB)).toBe(
      '<span class="reaction-badge" aria-hidden="true" title="Thumbs up" data-reaction="thumbsUp">👍</span>',
    );
    expect(badge(SAM)).toBe('');
  });

  it('hasEveryWordInGermanAndEnglishAndSaysWhoReactedWithWhat', () => {
    expect(missingTranslations(reactionsMessages)).toEqual([]);
    const en = reactionsMessages.en.announce.reacted;
    expect(en({ name: 'Bob', reaction: 'thumbsUp', more: 0 })).toBe('Bob: thumbs up');
    expect(en({ name: 'Bob', reaction: 'clap', more: 1 })).toBe('Bob: applause, and 1 more reaction');
    expect(reactionsMessages.de.announce.reacted({ name: 'Bob', reaction: 'heart', more: 3 })).toBe(
      'Bob: Herz, und 3 weitere Reaktionen',
    );
  });
});
