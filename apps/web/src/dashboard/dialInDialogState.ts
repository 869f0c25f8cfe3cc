import type { DialIn, DialInProblem } from '../api/dialInApi.js';

/** A change the owner asks for: turn dial-in on or off, new PIN and number, or withdraw (while the tenant lacks it). */
export type DialInChange = 'enable' | 'disable' | 'regenerate' | 'withdraw';

/** The changes that ask "are you sure?" first, because numbers and PINs already sent out stop working. */
export type DialInQuestion = 'disable' | 'regenerate';

/**
 * The dial-in dialog: `loading`; `failed` to load (with a retry); `notOffered` when the organisation does not offer
 * telephone dial-in (no switch then, only withdrawing old details); `ready` with the room's dial-in. `busy` is the
 * change under way, `asking` the open question, `problem` the last failed change.
 */
export type DialInDialogState =
  | { readonly phase: 'loading' }
  | { readonly phase: 'failed'; readonly problem: DialInProblem }
  | {
      readonly phase: 'notOffered';
      readonly busy: boolean;
      readonly withdrawn: boolean;
      readonly problem: DialInProblem | null;
    }
  | {
      readonly phase: 'ready';
      readonly dialIn: DialIn;
      readonly busy: DialInChange | null;
      readonly asking: DialInQuestion | null;
      readonly problem: DialInProblem | null;
    };

export type DialInDialogEvent =
  | { readonly type: 'load' }
  | { readonly type: 'loaded'; readonly dialIn: DialIn }
  | { readonly type: 'ask'; readonly question: DialInQuestion }
  | { readonly type: 'dismiss' }
  | { readonly type: 'started'; readonly change: DialInChange }
  | { readonly type: 'changed'; readonly dialIn: DialIn }
  | { readonly type: 'withdrawn' }
  | { readonly type: 'failed'; readonly problem: DialInProblem };

export const initialDialInDialog: DialInDialogState = { phase: 'loading' };

const notOffered = { phase: 'notOffered', busy: false, withdrawn: false, problem: null } as const;

/**
 * How the dialog moves. `featureDisabled` at any point means the organisation does not offer dial-in (it may have been
 * switched off while the dialog was open); `notEnabled` (new PIN for a room whose dial-in was turned off elsewhere)
 * shows the switch off; other failures of a change keep the question open, so that trying again is one key press.
 */
export function dialInDialogReducer(state: DialInDialogState, event: DialInDialogEvent): DialInDialogState {
  switch (event.type) {
    case 'load':
      return { phase: 'loading' };
    case 'loaded':
      return { phase: 'ready', dialIn: event.dialIn, busy: null, asking: null, problem: null };
    case 'ask':
      return state.phase === 'ready' && state.busy === null
        ? { ...state, asking: event.question, problem: null }
        : state;
    case 'dismiss':
      return state.phase === 'ready' && state.busy === null ? { ...state, asking: null } : state;
    case 'started':
      if (state.phase === 'notOffered' && event.change === 'withdraw') return { ...state, busy: true, problem: null };
      return state.phase === 'ready' && event.change !== 'withdraw'
        ? { ...state, busy: event.change, problem: null }
        : state;
    case 'changed':
      return { phase: 'ready', dialIn: event.dialIn, busy: null, asking: null, problem: null };
    case 'withdrawn':
      return { ...notOffered, withdrawn: true };
    case 'failed':
      if (event.problem === 'featureDisabled') return notOffered;
      if (state.phase === 'loading' || state.phase === 'failed') return { phase: 'failed', problem: event.problem };
      if (state.phase === 'notOffered') return { ...state, busy: false, problem: event.problem };
      if (event.problem === 'notEnabled') {
        return { phase: 'ready', dialIn: { enabled: false }, busy: null, asking: null, problem: 'notEnabled' };
      }
      return { ...state, busy: null, problem: event.problem };
  }
}
