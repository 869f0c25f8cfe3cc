import { clockFrom, type ModuleContext, type ModuleInput, type ServerClock, secondsLeft } from '@plenum/client-kit';
import { assertNever, type JoinStateOf, type ParticipantId } from '@plenum/protocol';
import type { SpeakerList, TalkingStickProtocol } from '../protocol.js';

export type TalkingStickJoinState = JoinStateOf<TalkingStickProtocol>;

/**
 * The speaker list as this client sees it: the running list (null when none) and the server's clock, learned when
 * the list last arrived (its frame's `now`), so every view counts the speaker's time down alike, however late it
 * opens.
 */
export interface TalkingStickState {
  readonly list: SpeakerList | null;
  readonly clock: ServerClock;
}

/** The state from the module's part of a core `joined`; null (module off) without it. */
export function initTalkingStick(
  join: TalkingStickJoinState | undefined,
  context: ModuleContext,
): TalkingStickState | null {
  return join ? { list: join.list, clock: clockFrom(join.now, context) } : null;
}

/**
 * Pure reducer: every event that changes the list carries all of it, so the state is replaced;
 * `ended` clears it. The personal `yourTurn` / `youAreNext`, errors and roster changes change
 * nothing (the server's events keep the list true, also when someone leaves). Returns the same
 * object when nothing changed.
 */
export function talkingStickReducer(
  state: TalkingStickState,
  input: ModuleInput<TalkingStickProtocol>,
  context: ModuleContext,
): TalkingStickState {
  switch (input.type) {
    case 'selfChanged':
    case 'participantJoined':
    case 'participantLeft':
    case 'error':
      return state;
    case 'event': {
      const event = input.event;
      switch (event.event) {
        case 'started':
        case 'turnChanged':
        case 'orderChanged':
          return { list: event.list, clock: clockFrom(event.now, context) };
        case 'ended':
          return state.list === null ? state : { ...state, list: null };
        case 'yourTurn':
        case 'youAreNext':
          return state;
        default:
          return assertNever(event);
      }
    }
    default:
      return assertNever(input);
  }
}

/** Whether `participantId` holds the stick. */
export function isSpeaking(state: TalkingStickState, participantId: ParticipantId): boolean {
  return state.list?.speaker === participantId;
}

/** Who the current speaker may nominate (nominate mode only, else nobody). */
export function nominable(list: SpeakerList): readonly ParticipantId[] {
  return list.mode === 'nominate' ? list.waiting : [];
}

/**
 * The people after the speaker in the order they will (probably) speak: the next speaker first,
 * then the others who wait. In nominate mode only the nominated person's place is certain.
 */
export function upcoming(list: SpeakerList): readonly ParticipantId[] {
  return list.next === null ? list.waiting : [list.next, ...list.waiting.filter((id) => id !== list.next)];
}

/** Whole seconds the speaker has left at server time `now` (rounded up, never negative); null without a limit. */
export function turnSecondsLeft(list: SpeakerList, now: number): number | null {
  return list.turnEndsAt === null ? null : secondsLeft(list.turnEndsAt, now);
}
