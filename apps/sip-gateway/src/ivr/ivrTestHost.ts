import type { DtmfDigit } from '../rtp/dtmfDigit.js';
import type { TimerHandle } from '../transport/Clock.js';
import { FakeClock } from '../transport/FakeClock.js';
import { DEFAULT_IVR_LIMITS, type IvrConfig } from './IvrConfig.js';
import type { IvrAction, IvrInput, IvrTimer } from './IvrEvents.js';
import { IvrMachine } from './IvrMachine.js';

/**
 * A host for the IVR in tests: it runs the timers the IVR asks for on a `FakeClock` (so `advance(60_000)` lets the
 * real timeouts fire), and records every action. Audio is not played: tests say when a prompt ends.
 */
export class IvrTestHost {
  readonly clock = new FakeClock();
  readonly ivr: IvrMachine;
  /** Every action so far, in order. */
  readonly log: IvrAction[] = [];
  private readonly timers = new Map<IvrTimer, TimerHandle>();

  constructor(config: Partial<IvrConfig> = {}) {
    this.ivr = new IvrMachine({ ...DEFAULT_IVR_LIMITS, defaultLanguage: 'de', ...config });
  }

  /** Feeds one input; returns the actions it caused (timeouts fired by `advance` are in `log`). */
  send(input: IvrInput): readonly IvrAction[] {
    const actions = this.ivr.handle(input);
    for (const action of actions) {
      this.log.push(action);
      if (action.type === 'startTimer') {
        this.timers.get(action.timer)?.cancel();
        this.timers.set(
          action.timer,
          this.clock.setTimer(action.ms, () => {
            this.timers.delete(action.timer);
            this.send({ type: 'timeout', timer: action.timer });
          }),
        );
      } else if (action.type === 'cancelTimer') {
        this.timers.get(action.timer)?.cancel();
        this.timers.delete(action.timer);
      }
    }
    return actions;
  }

  /** Types keys one by one (`'123#'`); returns all actions they caused. */
  keys(text: string): IvrAction[] {
    return [...text].flatMap((key) => this.send({ type: 'digit', digit: key as DtmfDigit }));
  }

  promptFinished(): readonly IvrAction[] {
    return this.send({ type: 'promptFinished' });
  }

  /** Moves the clock; returns the actions of the timeouts that fired. */
  advance(ms: number): IvrAction[] {
    const before = this.log.length;
    this.clock.advance(ms);
    return this.log.slice(before);
  }

  /** The timers running on the clock, by name: must always equal what the IVR believes runs. */
  runningTimers(): IvrTimer[] {
    return [...this.timers.keys()].sort();
  }
}

/** The prompts of each `play` among the actions, as `de/welcome`. */
export function plays(actions: readonly IvrAction[]): string[][] {
  return actions.flatMap((action) =>
    action.type === 'play' ? [action.prompts.map(({ language, prompt }) => `${language}/${prompt}`)] : [],
  );
}

/** The last `play` among the actions. */
export function lastPlay(actions: readonly IvrAction[]): Extract<IvrAction, { type: 'play' }> | undefined {
  return actions.filter((action) => action.type === 'play').at(-1);
}

export function actionTypes(actions: readonly IvrAction[]): string[] {
  return actions.map((action) => action.type);
}
