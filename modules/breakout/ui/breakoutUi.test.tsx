import { deviceClock, type Self, selfOf } from '@plenum/client-kit';
import { missingTranslations } from '@plenum/client-kit/ui';
import { slotProps } from '@plenum/client-kit/ui/testing';
import { renderToStaticMarkup } from 'react-dom/server';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { breakoutClient } from '../client/breakoutClient.js';
import type { BreakoutSession, BreakoutState } from '../client/breakoutReducer.js';
import { ALICE, BOB, CAROL, golden, roster } from '../client/goldenFrames.test-support.js';
import { breakoutProtocol } from '../protocol.js';
import { breakoutMessages } from './breakoutMessages.js';
import { breakoutUi } from './breakoutUi.js';

const alice = selfOf(ALICE, roster);
const bob = selfOf(BOB, roster);

function running(overrides: Partial<BreakoutSession> = {}): BreakoutState {
  return {
    session: {
      rooms: [
        { id: 'r1', number: 1, name: 'Nord' },
        { id: 'r2', number: 2, name: null },
      ],
      assignments: { [BOB]: 'r1', [CAROL]: 'r2' },
      endsAt: null,
      closing: null,
      freeChoice: false,
      message: null,
      clock: deviceClock,
      ...overrides,
    },
    lastError: null,
  };
}
const idle: BreakoutState = { session: null, lastError: null };

const props = (state: BreakoutState, self: Self, locale: 'en' | 'de' = 'en') =>
  slotProps(state, self, breakoutMessages[locale], { participants: roster, locale });
const panel = (state: BreakoutState, self: Self, locale: 'en' | 'de' = 'en') =>
  renderToStaticMarkup(breakoutUi.panel?.({ ...props(state, self, locale).props, headingId: 'h', onClose: () => {} }));
const overlay = (state: BreakoutState, self: Self, locale: 'en' | 'de' = 'en') =>
  renderToStaticMarkup(breakoutUi.overlay?.(props(state, self, locale).props));

describe('breakoutUi', () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  it('hasEveryWordInGermanAndEnglish', () => {
    expect(missingTranslations(breakoutMessages)).toEqual([]);
  });

  it('moderatorsAlwaysHaveTheToolbarButtonOthersOnlyWhileRoomsAreOpen', () => {
    expect(breakoutUi.toolbar?.(props(idle, alice).props)).toMatchObject({ label: 'Breakout rooms', badge: 0 });
    expect(breakoutUi.toolbar?.(props(idle, bob).props)).toBeNull();
    expect(breakoutUi.toolbar?.(props(running(), bob).props)).toMatchObject({ label: 'Breakout rooms', badge: 2 });
  });

  it('theModeratorsFormHasLabelledControls', () => {
    const html = panel(idle, alice);
    expect(html).toContain('<h2 id="h" tabindex="-1">Breakout rooms</h2>');
    expect(html).toContain('aria-label="Close breakout rooms panel"');
    for (const label of ['Number of rooms', 'Name of room 1', 'Name of room 2', 'Duration in minutes (optional)'])
      expect(html).toMatch(new RegExp(`<label for="[^"]+">${label.replace(/[()]/g, '\\$&')}</label>`));
    expect(html).toContain('<legend>Assignment</legend>');
    expect(html).toContain('Random (evenly, moderators stay in the main room)');
    expect(html).toContain('Participants may choose their room');
    expect(html).toContain('>Open breakout rooms</button>');
    expect(panel(idle, bob)).toContain('No breakout rooms are open.');
  });

  it('theRunningPanelListsRoomsAndLetsModeratorsVisitAssignMessageAndClose', () => {
    const html = panel(running(), alice);
    expect(html).toContain('You are in the main room');
    expect(html).toMatch(/<h3 id="[^"]+">Main room<\/h3><ul class="breakout-rooms__members"><li>Alice<\/li>/);
    expect(html).toMatch(/<h3 id="[^"]+">Room 1: Nord<\/h3><ul class="breakout-rooms__members"><li>Bob<\/li>/);
    expect(html).toContain('>Go to Room 1: Nord</button>');
    expect(html).toContain('>Go to Room 2</button>');
    expect(html).toContain('<span class="visually-hidden">Room for Bob</span>');
    expect(html).toContain('>Message to all rooms</label>');
    expect(html).toContain('>Send to all rooms</button>');
    expect(html).toContain('>Close all rooms</button>');
    const closing = panel(running({ closing: { endsAt: Date.now() + 60_000, reason: 'moderator' } }), alice);
    expect(closing).toContain('>Close now</button>');
    expect(closing).toContain('Breakout rooms close in 1:00');
  });

  it('participantsMayOnlyMoveThemselvesUnderFreeChoice', () => {
    const fixed = panel(running(), bob);
    expect(fixed).toContain('You are in Room 1: Nord');
    expect(fixed).toContain('You are here');
    expect(fixed).not.toContain('Go to');
    expect(fixed).not.toContain('Close all rooms');
    expect(fixed).not.toContain('Room for');
    const free = panel(running({ freeChoice: true }), bob);
    expect(free).toContain('>Go to Room 2</button>');
    expect(free).toContain('>Return to main room</button>');
  });

  it('theStageCardSaysWhereYouAreTheTimeAndTheMessageAsPlainText', () => {
    expect(overlay(idle, bob)).toBe('');
    const message = { text: '<img src=x onerror=alert(1)>\nBitte zurückkommen', from: ALICE, sentAt: 1 };
    const html = overlay(running({ message, endsAt: Date.now() + 600_000 }), bob);
    expect(html).toContain('<strong>You are in Room 1: Nord</strong>');
    expect(html).toContain('10:00 left');
    expect(html).toContain('<h3>Message from Alice to all rooms</h3>');
    expect(html).toContain('&lt;img src=x onerror=alert(1)&gt;\nBitte zurückkommen');
    expect(html).not.toContain('<img');
    expect(html).toContain('>Hide message</button>');
    const german = overlay(running({ closing: { endsAt: Date.now() + 30_000, reason: 'timeUp' } }), bob, 'de');
    expect(german).toContain('Sie sind in Raum 1: Nord');
    expect(german).toContain('Gruppenräume schließen in 0:30');
  });

  it('thePanelOpenedLateShowsTheTimeLeftTheStageCardShows', () => {
    vi.useFakeTimers();
    // Rooms open for 10 minutes at the server's T; this device's clock is 2 minutes behind.
    const serverStart = golden.started.serverNow;
    const deviceAtStart = serverStart - 120_000;
    vi.setSystemTime(deviceAtStart);
    const context = { self: bob, participants: roster, receivedAt: deviceAtStart };
    const idleState = breakoutClient.init(breakoutProtocol.joinState.parse({ session: null }), context);
    if (!idleState) throw new Error('off');
    const { ns: _ns, event: _event, ...info } = golden.started;
    const fields = breakoutProtocol.events.started.parse(info);
    const started = { event: 'started' as const, ...fields, endsAt: serverStart + 600_000 };
    const state = breakoutClient.reduce(idleState, { type: 'event', event: started }, context);
    // The panel is opened 9 s later; the card under the tiles has counted all along.
    vi.setSystemTime(deviceAtStart + 9_000);
    expect(overlay(state, bob)).toContain('9:51 left');
    expect(panel(state, bob)).toContain('9:51 left');
  });

  it('announcesInBothLanguages', () => {
    const room = { number: 2, name: null };
    expect(breakoutMessages.en.announce.started({ room })).toBe('Breakout rooms are open. You are in Room 2.');
    expect(breakoutMessages.de.announce.movedYou({ room: null })).toBe('Sie sind zurück im Hauptraum.');
    expect(breakoutMessages.en.announce.closing({ seconds: 60, timeUp: true })).toBe(
      'Time is up. Breakout rooms close in 60 seconds. Everyone then returns to the main room.',
    );
    expect(breakoutMessages.en.announce.joinedYourRoom({ name: 'Ben' })).toBe('Ben joined this room');
    expect(breakoutMessages.de.announce.leftYourRoom({ name: 'Ben' })).toBe('Ben hat diesen Raum verlassen');
    expect(breakoutMessages.en.announce.refused({ code: 'invalidRoomCount', limit: 100 })).toBe(
      'Choose between 1 and 100 rooms.',
    );
  });
});
