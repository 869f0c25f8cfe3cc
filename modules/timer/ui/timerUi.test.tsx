import type { Self } from '@plenum/client-kit';
import { missingTranslations } from '@plenum/client-kit/ui';
import { slotProps } from '@plenum/client-kit/ui/testing';
import type { ParticipantInfo } from '@plenum/module-core/protocol';
import type { ParticipantId } from '@plenum/protocol';
import type { ReactNode } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import type { TimerState } from '../client/timerReducer.js';
import type { TimerInfo } from '../protocol.js';
import { timerMessages } from './timerMessages.js';
import { timerUi } from './timerUi.js';

const SAM = 'sam-participant-000001' as ParticipantId;
const BOB = 'bob-participant-000002' as ParticipantId;
const moderator: Self = { participantId: SAM, role: 'moderator', owner: false, moderator: true };
const participant: Self = { participantId: SAM, role: 'participant', owner: false, moderator: false };
const person = (id: string, displayName: string, kind: ParticipantInfo['kind'] = 'browser') =>
  ({ id, displayName, role: 'participant', kind, presence: 'online', joinedAt: 1 }) as ParticipantInfo;
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
  serverTime: now,
  running: { timer, ready: 1, total: 2, mine, readyIds },
});

const props = (s: TimerState, self: Self) => slotProps(s, self, timerMessages.en, { participants: roster });
const html = (node: ReactNode) => renderToStaticMarkup(<div>{node}</div>);

describe('timerUi', () => {
  it('theToolbarShowsTheClockOnlyWhileATimerRuns', () => {
    const entry = timerUi.toolbar?.(props(state(null), participant).props);
    expect(entry).toMatchObject({ label: 'Timer', badge: 1 });
    expect(html(entry?.icon)).toMatch(/<span class="timer-clock timer-clock--icon" aria-hidden="true">5:00<\/span>/);
    expect(timerUi.toolbar?.(props({ serverTime: now, running: null }, participant).props)).toBeNull();
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
    expect(panel).toContain('<h3>Ready</h3><ul><li>Bob</li></ul>');
    expect(panel).toContain('<h3>Not ready yet</h3><ul><li>Sam</li></ul>');
    expect(panel).not.toContain('Phone');
    expect(panel).toContain('>Stop timer</button>');
  });

  it('theCoffeeBreakCoversTheStageWithTheTimeLeftAndTheReadyToggle', () => {
    const overlay = html(timerUi.overlay?.(props(state(null, true), participant).props));
    expect(overlay).toContain('Coffee</h2>');
    expect(overlay).toContain('aria-pressed="true"');
    const normal = {
      serverTime: now,
      running: { timer: { ...timer, style: 'normal' as const }, ready: 0, total: 2, mine: false, readyIds: null },
    };
    expect(timerUi.overlay?.(props(normal, participant).props)).toBeNull();
  });

  it('moderatorsStartAndStopTimersInTheModerationPanel', () => {
    const idle = timerUi.moderation?.(props({ serverTime: now, running: null }, moderator).props);
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

  it('hasEveryWordInGermanAndEnglish', () => {
    expect(missingTranslations(timerMessages)).toEqual([]);
    expect(
      timerMessages.en.announce.timerStarted({ title: 'Break', kind: 'countdown', minutes: 5, readyCheck: false }),
    ).toBe('Timer started for 5 minutes: Break');
    expect(timerMessages.de.announce.oneMinuteLeft({ title: '' })).toBe('Noch eine Minute');
  });
});
