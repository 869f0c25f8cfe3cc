import type { CommandOf } from '@plenum/protocol';
import type { TimerKind, TimerProtocol, TimerStyle } from '../protocol.js';

type Command<A extends CommandOf<TimerProtocol>['action']> = Extract<CommandOf<TimerProtocol>, { action: A }>;

/** What the start form collects; `minutes` counts only for a countdown. */
export interface TimerDraft {
  readonly kind: TimerKind;
  readonly title: string;
  readonly minutes: number;
  readonly style: TimerStyle;
  readonly readyCheck: boolean;
}

/**
 * The start command: a countdown carries its length in whole seconds, a stopwatch none. Only a countdown can be a
 * coffee break (it covers the stage with the time left; a stopwatch has none).
 */
export function startTimer(draft: TimerDraft): Command<'start'> {
  const command: Command<'start'> = {
    action: 'start',
    kind: draft.kind,
    title: draft.title,
    style: draft.kind === 'countdown' ? draft.style : 'normal',
    readyCheck: draft.readyCheck,
  };
  return draft.kind === 'countdown' ? { ...command, durationSeconds: Math.round(draft.minutes * 60) } : command;
}

export function stopTimer(timerId: string): Command<'stop'> {
  return { action: 'stop', timerId };
}

export function setReady(timerId: string, ready: boolean): Command<'setReady'> {
  return { action: 'setReady', timerId, ready };
}
