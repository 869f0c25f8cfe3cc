import { describe, expect, it } from 'vitest';
import type { DialIn } from '../api/dialInApi.js';
import {
  type DialInDialogEvent,
  type DialInDialogState,
  dialInDialogReducer,
  initialDialInDialog,
} from './dialInDialogState.js';

const ON: DialIn = { enabled: true, conferenceNumber: '0123456789', pin: '9876543210', dialInNumber: '+49 30 1234567' };
const RENEWED: DialIn = { ...ON, conferenceNumber: '1111111111', pin: '2222222222' };
const run = (...events: DialInDialogEvent[]): DialInDialogState =>
  events.reduce(dialInDialogReducer, initialDialInDialog);

describe('dialInDialogReducer', () => {
  it('showsTheDialInOnceLoaded', () => {
    expect(run({ type: 'loaded', dialIn: { enabled: false } })).toEqual({
      phase: 'ready',
      dialIn: { enabled: false },
      busy: null,
      asking: null,
      problem: null,
    });
  });

  it('explainsInsteadOfASwitchWhenTheOrganisationDoesNotOfferDialIn', () => {
    expect(run({ type: 'failed', problem: 'featureDisabled' })).toEqual({
      phase: 'notOffered',
      busy: false,
      withdrawn: false,
      problem: null,
    });
  });

  it('offersRetryWhenLoadingFailsAndStartsOverOnRetry', () => {
    const failed = run({ type: 'failed', problem: 'network' });
    expect(failed).toEqual({ phase: 'failed', problem: 'network' });
    expect(dialInDialogReducer(failed, { type: 'load' })).toEqual({ phase: 'loading' });
  });

  it('turnsOnWithoutAskingAndShowsTheNewDetails', () => {
    const busy = run({ type: 'loaded', dialIn: { enabled: false } }, { type: 'started', change: 'enable' });
    expect(busy).toMatchObject({ busy: 'enable', asking: null });
    expect(dialInDialogReducer(busy, { type: 'changed', dialIn: ON })).toMatchObject({ dialIn: ON, busy: null });
  });

  it('asksBeforeNewDetailsAndClosesTheQuestionWhenDone', () => {
    const asked = run({ type: 'loaded', dialIn: ON }, { type: 'ask', question: 'regenerate' });
    expect(asked).toMatchObject({ asking: 'regenerate' });
    expect(dialInDialogReducer(asked, { type: 'dismiss' })).toMatchObject({ asking: null, dialIn: ON });
    const done = [
      { type: 'started', change: 'regenerate' },
      { type: 'changed', dialIn: RENEWED },
    ] as const;
    expect(done.reduce(dialInDialogReducer, asked)).toMatchObject({ dialIn: RENEWED, asking: null, busy: null });
  });

  it('keepsTheQuestionOpenWhenAChangeFailsSoItCanBeTriedAgain', () => {
    const failed = run(
      { type: 'loaded', dialIn: ON },
      { type: 'ask', question: 'disable' },
      { type: 'started', change: 'disable' },
      { type: 'failed', problem: 'network' },
    );
    expect(failed).toMatchObject({ dialIn: ON, asking: 'disable', busy: null, problem: 'network' });
  });

  it('ignoresQuestionsWhileAChangeIsUnderWay', () => {
    const busy = run({ type: 'loaded', dialIn: ON }, { type: 'started', change: 'regenerate' });
    expect(dialInDialogReducer(busy, { type: 'ask', question: 'disable' })).toBe(busy);
    expect(dialInDialogReducer(busy, { type: 'dismiss' })).toBe(busy);
  });

  it('showsDialInOffWhenItWasTurnedOffElsewhere', () => {
    const state = run(
      { type: 'loaded', dialIn: ON },
      { type: 'ask', question: 'regenerate' },
      { type: 'started', change: 'regenerate' },
      { type: 'failed', problem: 'notEnabled' },
    );
    expect(state).toEqual({
      phase: 'ready',
      dialIn: { enabled: false },
      busy: null,
      asking: null,
      problem: 'notEnabled',
    });
  });

  it('losesTheSwitchWhenTheOrganisationDropsDialInMeanwhile', () => {
    const state = run(
      { type: 'loaded', dialIn: ON },
      { type: 'started', change: 'regenerate' },
      {
        type: 'failed',
        problem: 'featureDisabled',
      },
    );
    expect(state.phase).toBe('notOffered');
  });

  it('withdrawsOldDetailsWhileTheOrganisationDoesNotOfferDialIn', () => {
    const busy = run({ type: 'failed', problem: 'featureDisabled' }, { type: 'started', change: 'withdraw' });
    expect(busy).toMatchObject({ phase: 'notOffered', busy: true });
    expect(dialInDialogReducer(busy, { type: 'failed', problem: 'network' })).toMatchObject({
      busy: false,
      withdrawn: false,
      problem: 'network',
    });
    expect(dialInDialogReducer(busy, { type: 'withdrawn' })).toMatchObject({ busy: false, withdrawn: true });
    // Switch changes are not possible there: the organisation would refuse them.
    expect(dialInDialogReducer(busy, { type: 'started', change: 'enable' })).toBe(busy);
  });
});
