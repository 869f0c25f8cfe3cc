import { deviceClock, type ModuleContext, type Self } from '@plenum/client-kit';
import { missingTranslations } from '@plenum/client-kit/ui';
import { slotProps } from '@plenum/client-kit/ui/testing';
import type { ParticipantInfo } from '@plenum/module-core/protocol';
import { participantInfo } from '@plenum/module-core/testing';
import type { ParticipantId } from '@plenum/protocol';
import type { ReactNode } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { timerClient } from '../client/timerClient.js';
import { type TimerState, timerReducer } from '../client/timerReducer.js';
import { type TimerInfo, timerProtocol } from '../protocol.js';
import { timerMessages } from './timerMessages.js';
import { timerUi } from './timerUi.js';

const SAM = 'sam-participant-000001' as ParticipantId;
const BOB = 'bob-participant-000002' as ParticipantId;
const moderator: Self = { participantId: SAM, role: 'moderator', owner: false, moderator: true };
const participant: Self = { participantId: SAM, role: 'participant', owner: false, moderator: false };
const person = (id: string, displayName: string, kind: ParticipantInfo['kind'] = 'browser'): ParticipantInfo =>
  participantInfo(id, displayName, { kind, registered: kind === 'browser' });
const roster = [person(SAM, 'Sam'), person(BOB, 'Bob'), person('phone-participant-0003', 'Phone', 'phone')];
const now = Date.now();
const timer: TimerInfo = {
  id: 'timer-1',
  kind: 'countdown',
  title: 'Coffee',
  style: 'coffeeBreak',
  readyCheck: true,
  startedBy: 'alice-participant-0001' as ParticipantId,
  startedAt: now,
  endsAt: now + 300_000,
};
const state = (readyIds: ParticipantId[] | null, mine = false): TimerState => ({
  clock: deviceClock,
  running: { timer, ready: 1, total: 2, mine, readyIds },
});

const props = (s: TimerState, self: Self) => slotProps(s, self, timerMessages.en, { participants: roster });
const html = (node: ReactNode) => renderToStaticMarkup(<div>{node}</div>);

describe('timerUi', () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  it('theToolbarShowsTheClockOnlyWhileATimerRuns', () => {
    const entry = timerUi.toolbar?.(props(state(null), participant).props);
    expect(entry).toMatchObject({ label: 'Timer', badge: 1 });
    expect(html(entry?.icon)).toMatch(/<span class="timer-clock timer-clock--icon" aria-hidden="true">5:00<\/span>/);
    expect(timerUi.toolbar?.(props({ clock: deviceClock, running: null }, participant).props)).toBeNull();
  });

  it('theClockIsATimerThatIsNotLive', () => {
    const panel = html(
      timerUi.panel?.({ ...props(state(null), participant).props, headingId: 'h', onClose: () => undefined }),
    );
    expect(panel).toContain('<h2 id="h" tabindex="-1">Timer</h2>');
    expect(panel).toMatch(/role="timer"[^>]*aria-live="off"[^>]*>5:00</);
    expect(panel).toContain('Time left');
    expect(panel).toContain('aria-pressed="false"');
    expect(panel).toContain('>Ready</button>');
    expect(panel).toContain('1 of 2 ready');
    expect(panel).not.toContain('Stop timer');
  });

  it('moderatorsSeeWhoIsReadyAndCanStop', () => {
    const panel = html(
      timerUi.panel?.({ ...props(state([BOB]), moderator).props, headingId: 'h', onClose: () => undefined }),
    );
    expect(panel).toMatch(/<h3 id="([^"]+)">Ready<\/h3><ul aria-labelledby="\1"><li>Bob<\/li><\/ul>/);
    expect(panel).toMatch(/<h3 id="([^"]+)">Not ready yet<\/h3><ul aria-labelledby="\1"><li>Sam<\/li><\/ul>/);
    expect(panel).not.toContain('Phone');
    expect(panel).toContain('>Stop timer</button>');
  });

  it('theCoffeeBreakCoversTheStageWithTheTimeLeftAndTheReadyToggle', () => {
    const overlay = html(timerUi.overlay?.(props(state(null, true), participant).props));
    expect(overlay).toContain('Coffee</h2>');
    expect(overlay).toContain('aria-pressed="true"');
    const normal = {
      clock: deviceClock,
      running: { timer: { ...timer, style: 'normal' as const }, ready: 0, total: 2, mine: false, readyIds: null },
    };
    expect(timerUi.overlay?.(props(normal, participant).props)).toBeNull();
  });

  it('moderatorsStartAndStopTimersInTheModerationPanel', () => {
    const idle = timerUi.moderation?.(props({ clock: deviceClock, running: null }, moderator).props);
    expect(idle?.heading).toBe('Timer');
    const form = html(idle?.content);
    expect(form).toContain('aria-label="Start a timer"');
    expect(form).toContain('>Start timer</button>');
    const { props: p, sent } = props(state(null), moderator);
    const running = html(timerUi.moderation?.(p)?.content);
    expect(running).toContain('A timer is running: Coffee');
    expect(sent).toEqual([]);
    expect(timerUi.moderation?.(props(state(null), participant).props)).toBeNull();
  });

  it('aPanelOpenedLateShowsTheTimeTheToolbarShowsAsOfTheStartNotAsOfItsOpening', () => {
    vi.useFakeTimers();
    // The server starts a one-minute countdown at its 10:00:00; this device's clock is an hour ahead.
    const serverStart = Date.UTC(2026, 10, 26, 10, 0, 0);
    const deviceAtStart = serverStart + 3_600_000;
    vi.setSystemTime(deviceAtStart);
    const context: ModuleContext = { self: participant, participants: roster, receivedAt: deviceAtStart };
    const joined = timerClient.init(timerProtocol.joinState.parse({ running: null, serverNow: serverStart }), context);
    if (!joined) throw new Error('off');
    const started = { ...timer, style: 'normal' as const, startedAt: serverStart, endsAt: serverStart + 60_000 };
    const running = timerReducer(joined, { type: 'event', event: { event: 'started', timer: started } }, context);
    // Clara opens the panel 14 s later; the toolbar has shown the clock all along.
    vi.setSystemTime(deviceAtStart + 14_000);
    const p = props(running, participant).props;
    const toolbar = html(timerUi.toolbar?.(p)?.icon);
    const panel = html(timerUi.panel?.({ ...p, headingId: 'h', onClose: () => undefined }));
    expect(toolbar).toContain('>0:46</span>');
    expect(panel).toMatch(/role="timer"[^>]*>0:46</);
  });

  it('aStopwatchOpenedLateShowsTheTimeElapsedSinceItsStart', () => {
    vi.useFakeTimers();
    const serverStart = Date.UTC(2026, 10, 26, 10, 0, 0);
    const deviceAtStart = serverStart - 90_000;
    vi.setSystemTime(deviceAtStart);
    const context: ModuleContext = { self: participant, participants: roster, receivedAt: deviceAtStart };
    const joined = timerClient.init(timerProtocol.joinState.parse({ running: null, serverNow: serverStart }), context);
    if (!joined) throw new Error('off');
    const stopwatch = { ...timer, kind: 'stopwatch' as const, style: 'normal' as const, startedAt: serverStart };
    const event = { event: 'started', timer: { ...stopwatch, endsAt: null } } as const;
    const running = timerReducer(joined, { type: 'event', event }, context);
    vi.setSystemTime(deviceAtStart + 53_000);
    const panel = html(
      timerUi.panel?.({ ...props(running, participant).props, headingId: 'h', onClose: () => undefined }),
    );
    expect(panel).toContain('Time elapsed');
    expect(panel).toMatch(/role="timer"[^>]*>0:53</);
  });

  it('offersTheCoffeeBreakForTheCountdownTheFormStartsWith', () => {
    const form = html(timerUi.moderation?.(props({ clock: deviceClock, running: null }, moderator).props)?.content);
    expect(form).toContain('Coffee break: cover the screen with the time left');
  });

  it('hasEveryWordInGermanAndEnglish', () => {
    expect(missingTranslations(timerMessages)).toEqual([]);
    expect(
      timerMessages.en.announce.timerStarted({ title: 'Break', kind: 'countdown', minutes: 5, readyCheck: false }),
    ).toBe('Timer started for 5 minutes: Break');
    expect(timerMessages.de.announce.oneMinuteLeft({ title: '' })).toBe('Noch eine Minute');
  });
});
