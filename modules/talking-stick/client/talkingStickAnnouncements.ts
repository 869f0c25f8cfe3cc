import { type AnnouncementOf, type ModuleContext, type ModuleInput, nameOf } from '@plenum/client-kit';
import { assertNever } from '@plenum/protocol';
import type { TalkingStickProtocol } from '../protocol.js';
import type { TalkingStickState } from './talkingStickReducer.js';

/** What the talking stick announces, with the parameters of each (the UI has the words). */
export type TalkingStickAnnouncements = {
  /** A list started; `name` speaks first. */
  readonly started: { readonly name: string };
  /** The stick moved to `name`. */
  readonly speaking: { readonly name: string };
  /** `previous`'s time ran out; `name` speaks now. */
  readonly timeUp: { readonly previous: string; readonly name: string };
  /** To the previous speaker: your time ran out; `name` speaks now. */
  readonly yourTimeUp: { readonly name: string };
  /** To the speaker, with the sound: it is your turn (`seconds`: your time, null without a limit). */
  readonly yourTurn: { readonly seconds: number | null };
  readonly youAreNext: Readonly<Record<string, never>>;
  /** To someone a moderator took off the list. */
  readonly youWereRemoved: Readonly<Record<string, never>>;
  /** The list is over: stopped by a moderator, or everyone has spoken. */
  readonly ended: { readonly reason: 'stopped' | 'finished' };
  /** Notices (refused commands). */
  readonly alreadyRunning: Readonly<Record<string, never>>;
  readonly invalidDuration: { readonly minSeconds: number; readonly maxSeconds: number };
  readonly tooManySpeakers: { readonly maxSpeakers: number };
  readonly nobodyToList: Readonly<Record<string, never>>;
  readonly actionFailed: Readonly<Record<string, never>>;
};

type Said = AnnouncementOf<TalkingStickAnnouncements> | null;

/** The topic of the speaker's own turn: what they hear when it is over ends the "It is your turn" notice. */
const turnTopic = 'turn';

/**
 * Everyone hears who speaks; the new speaker instead hears "it is your turn" (with the sound, from
 * `yourTurn`), also shown as a brief notice that what they hear when their turn is over ends; the next
 * hears "you are next". A refused command is a notice, except a lost race
 * (`notRunning`, `notYourTurn`, `notSpeaking`): the list on screen is already the truth.
 */
export function announceTalkingStick(
  input: ModuleInput<TalkingStickProtocol>,
  _state: TalkingStickState,
  context: ModuleContext,
): Said {
  if (input.type === 'event') return announceEvent(input.event, context);
  if (input.type === 'error') return announceError(input.error);
  return null;
}

function announceEvent(
  event: Extract<ModuleInput<TalkingStickProtocol>, { type: 'event' }>['event'],
  context: ModuleContext,
): Said {
  const me = context.self.participantId;
  switch (event.event) {
    case 'started':
      return event.list.speaker === me
        ? null
        : { key: 'started', params: { name: nameOf(context, event.list.speaker) } };
    case 'turnChanged': {
      if (event.list.speaker === me) return null;
      const name = nameOf(context, event.list.speaker);
      if (event.previous === me)
        return event.reason === 'timeUp'
          ? { key: 'yourTimeUp', params: { name }, topic: turnTopic }
          : { key: 'speaking', params: { name }, topic: turnTopic };
      if (event.reason !== 'timeUp') return { key: 'speaking', params: { name } };
      return { key: 'timeUp', params: { previous: nameOf(context, event.previous), name } };
    }
    case 'orderChanged':
      return event.change === 'removed' && event.participantId === me ? { key: 'youWereRemoved', params: {} } : null;
    case 'ended': {
      const params = { reason: event.reason === 'stopped' ? 'stopped' : 'finished' } as const;
      return event.previous === me ? { key: 'ended', params, topic: turnTopic } : { key: 'ended', params };
    }
    case 'yourTurn':
      return {
        key: 'yourTurn',
        params: { seconds: event.secondsPerSpeaker },
        sound: true,
        notice: true,
        brief: true,
        topic: turnTopic,
      };
    case 'youAreNext':
      return { key: 'youAreNext', params: {} };
    default:
      return assertNever(event);
  }
}

function announceError(error: Extract<ModuleInput<TalkingStickProtocol>, { type: 'error' }>['error']): Said {
  switch (error.error) {
    case 'alreadyRunning':
      return { key: 'alreadyRunning', params: {}, notice: true };
    case 'invalidDuration':
      return {
        key: 'invalidDuration',
        params: { minSeconds: error.minSeconds, maxSeconds: error.maxSeconds },
        notice: true,
      };
    case 'tooManySpeakers':
      return { key: 'tooManySpeakers', params: { maxSpeakers: error.maxSpeakers }, notice: true };
    case 'nobodyToList':
      return { key: 'nobodyToList', params: {}, notice: true };
    case 'forbidden':
    case 'unknownParticipant':
    case 'cannotSpeak':
    case 'duplicateParticipant':
    case 'wrongMode':
    case 'notNominable':
    case 'alreadyListed':
    case 'notListed':
      return { key: 'actionFailed', params: {}, notice: true };
    case 'notRunning':
    case 'notYourTurn':
    case 'notSpeaking':
      return null;
    default:
      return assertNever(error);
  }
}
