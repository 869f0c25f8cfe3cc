import { assertNever } from '@plenum/protocol';
import type { DtmfDigit } from '../rtp/dtmfDigit.js';
import type { IvrConfig } from './IvrConfig.js';
import type { HangupReason, IvrAction, IvrInput, IvrTimer, LookupResult } from './IvrEvents.js';
import type { IvrLanguage, PromptId, PromptRef } from './promptTexts.js';

type EntryStep = 'conferenceNumber' | 'pin';

type IvrState =
  | { readonly name: 'idle' }
  | {
      readonly name: 'entry';
      step: EntryStep;
      digits: string;
      /** More keys than `maxDigits`: the entry is wrong, but the caller learns that only after the PIN. */
      overflow: boolean;
      /** The finished conference number while the PIN is keyed in; null when it was too long. */
      conferenceNumber: string | null;
      /** An interruptible prompt is playing; the wait for keys starts when it ends. */
      prompting: boolean;
    }
  | { readonly name: 'lookingUp' }
  | { readonly name: 'joining' }
  | { readonly name: 'waitingRoom'; holding: boolean }
  | {
      readonly name: 'inMeeting';
      starPending: boolean;
      /** The notice playing now, and those waiting for it to end. */
      playing: PromptId[] | null;
      queue: PromptId[][];
    }
  | { readonly name: 'closing'; readonly reason: HangupReason }
  | { readonly name: 'ended' };

/** Where the call is: `idle`, `entry`, `lookingUp`, `joining`, `waitingRoom`, `inMeeting`, `closing`, `ended`. */
export type IvrPhase = IvrState['name'];

/** The prompt that asks for each entry. */
const STEP_PROMPT: Record<EntryStep, PromptId> = { conferenceNumber: 'enterConferenceNumber', pin: 'enterPin' };

/** In the meeting, the key after `*`. */
const MEETING_COMMANDS: Partial<Record<DtmfDigit, 'toggleMute' | 'toggleHand' | 'help'>> = {
  '6': 'toggleMute',
  '9': 'toggleHand',
  '0': 'help',
};

/**
 * The call flow of one telephone caller, from answer to hangup, as a pure state machine: inputs go in (`handle`),
 * actions come out, in order. It owns no socket and no timer; the host plays audio, runs the timers it is asked
 * for, talks to the server and feeds back what happened. One instance per call; inputs one at a time.
 *
 * **Entry.** The caller hears the welcome, the language offer (said in the other language) and "enter the
 * conference number, then #". Keys typed while a prompt plays stop it and count (barge-in). `#` ends an entry, and
 * so does a pause of `interDigitMs` after a key; an empty entry is asked for again. `*` switches between German and
 * English at any time before the lookup: the entry being typed starts over and its prompt is repeated in the new
 * language. Other keys (A–D) are ignored. Conference number, then PIN, then one lookup.
 *
 * **Wrong entries.** The caller is never told which part was wrong, so nobody can find out which conference
 * numbers exist: an entry longer than `maxDigits` is noticed at once but reported only after the PIN, exactly like a
 * rejected lookup. The `maxAttempts`-th wrong entry ends the call with a final prompt. A throttled caller hears
 * "try again later" and is hung up on. `noInputMs` without any key while an entry is expected ends the call too,
 * and so does `entryDeadlineMs` from the answer without a successful lookup, however many keys were pressed.
 *
 * **Language.** `defaultLanguage` first; after a successful lookup the tenant's language, unless the caller chose.
 *
 * **Meeting.** After the join: the waiting room prompt, then hold audio until admitted; then "you are now in the
 * meeting" (and the recording notice when one runs). Keys: `*` then within `starKeyMs` `6` (mute), `9` (hand) or
 * `0` (help); everything else is ignored. Notices (muted by moderator, recording, mute and hand changes) are queued
 * so none cuts another off. Meeting ended and removed end the call after their prompt.
 */
export class IvrMachine {
  private state: IvrState = { name: 'idle' };
  private currentLanguage: IvrLanguage;
  private callerChoseLanguage = false;
  private wrongAttempts = 0;
  private readonly running = new Set<IvrTimer>();
  private actions: IvrAction[] = [];

  constructor(private readonly config: IvrConfig) {
    this.currentLanguage = config.defaultLanguage;
  }

  get language(): IvrLanguage {
    return this.currentLanguage;
  }

  /** For logs and tests. */
  get phase(): IvrPhase {
    return this.state.name;
  }

  /** Timers currently started and neither cancelled nor expired: the host can check it runs exactly these. */
  get timers(): ReadonlySet<IvrTimer> {
    return this.running;
  }

  handle(input: IvrInput): readonly IvrAction[] {
    this.actions = [];
    if (input.type === 'timeout') {
      // A timeout the IVR no longer waits for (stopped or never started) is stale and changes nothing.
      if (!this.running.has(input.timer)) return [];
      this.running.delete(input.timer);
    }
    this.dispatch(input);
    return this.actions;
  }

  private dispatch(input: IvrInput): void {
    const state = this.state;
    switch (state.name) {
      case 'idle':
        if (input.type === 'started') {
          this.start('entryDeadline', this.config.entryDeadlineMs);
          this.beginEntry(['welcome', 'languageOffer', 'enterConferenceNumber']);
        }
        return;
      case 'entry':
        this.onEntry(state, input);
        return;
      case 'lookingUp':
        if (input.type === 'lookupResult') this.onLookupResult(input.result);
        else if (input.type === 'timeout' && input.timer === 'response') this.close(['notAvailable'], 'unavailable');
        else if (input.type === 'timeout' && input.timer === 'entryDeadline') this.close([], 'entryDeadline');
        return;
      case 'joining':
      case 'waitingRoom':
      case 'inMeeting':
        this.onRoom(state, input);
        return;
      case 'closing':
        if (input.type === 'promptFinished' || (input.type === 'timeout' && input.timer === 'closing')) {
          this.cancel('closing');
          this.state = { name: 'ended' };
          this.emit({ type: 'hangup', reason: state.reason });
        }
        return;
      case 'ended':
        return;
      default:
        assertNever(state);
    }
  }

  // --- entry of conference number and PIN ---------------------------------------------------------------------

  /** Starts (or restarts after a wrong entry) with the conference number, after the given prompts. */
  private beginEntry(prompts: PromptId[]): void {
    this.state = {
      name: 'entry',
      step: 'conferenceNumber',
      digits: '',
      overflow: false,
      conferenceNumber: null,
      prompting: true,
    };
    this.play(this.withLanguageOffer(prompts), true);
    this.start('noInput', this.config.noInputMs);
  }

  /** The language offer is said in the language it offers: the other one. */
  private withLanguageOffer(prompts: readonly PromptId[]): PromptRef[] {
    return prompts.map((prompt) =>
      prompt === 'languageOffer'
        ? { language: otherLanguage(this.currentLanguage), prompt }
        : { language: this.currentLanguage, prompt },
    );
  }

  private onEntry(state: Extract<IvrState, { name: 'entry' }>, input: IvrInput): void {
    switch (input.type) {
      case 'digit':
        this.onEntryDigit(state, input.digit);
        return;
      case 'promptFinished':
        if (state.prompting) {
          state.prompting = false;
          this.start('interDigit', this.config.interDigitMs);
        }
        return;
      case 'timeout':
        if (input.timer === 'noInput') this.close(['noInput'], 'noInput');
        else if (input.timer === 'interDigit') this.finishEntry(state);
        else if (input.timer === 'entryDeadline') this.close([], 'entryDeadline');
        return;
      default:
        return;
    }
  }

  private onEntryDigit(state: Extract<IvrState, { name: 'entry' }>, digit: DtmfDigit): void {
    const isDigit = digit >= '0' && digit <= '9';
    if (!isDigit && digit !== '#' && digit !== '*') return;
    if (state.prompting) {
      state.prompting = false;
      this.emit({ type: 'stopAudio' });
    }
    this.start('noInput', this.config.noInputMs);
    if (digit === '#') {
      this.finishEntry(state);
    } else if (digit === '*') {
      this.currentLanguage = otherLanguage(this.currentLanguage);
      this.callerChoseLanguage = true;
      this.emit({ type: 'setLanguage', language: this.currentLanguage });
      this.askAgain(state);
    } else {
      if (state.digits.length >= this.config.maxDigits) state.overflow = true;
      else state.digits += digit;
      this.start('interDigit', this.config.interDigitMs);
    }
  }

  /** Clears the entry being typed and asks for it again. */
  private askAgain(state: Extract<IvrState, { name: 'entry' }>): void {
    state.digits = '';
    state.overflow = false;
    state.prompting = true;
    this.cancel('interDigit');
    this.play([{ language: this.currentLanguage, prompt: STEP_PROMPT[state.step] }], true);
  }

  /** `#` or a pause: the entry is complete. An empty one is asked for again, without counting as an attempt. */
  private finishEntry(state: Extract<IvrState, { name: 'entry' }>): void {
    if (state.digits === '' && !state.overflow) {
      this.askAgain(state);
      return;
    }
    if (state.step === 'conferenceNumber') {
      state.conferenceNumber = state.overflow ? null : state.digits;
      state.step = 'pin';
      this.askAgain(state);
      return;
    }
    this.cancel('interDigit');
    if (state.conferenceNumber === null || state.overflow) {
      this.wrongEntry();
      return;
    }
    this.cancel('noInput');
    this.state = { name: 'lookingUp' };
    this.emit({ type: 'lookup', conferenceNumber: state.conferenceNumber, pin: state.digits });
    this.start('response', this.config.responseMs);
  }

  private wrongEntry(): void {
    this.wrongAttempts++;
    if (this.wrongAttempts >= this.config.maxAttempts) this.close(['wrongEntryFinal'], 'wrongEntry');
    else this.beginEntry(['wrongEntry', 'enterConferenceNumber']);
  }

  private onLookupResult(result: LookupResult): void {
    this.cancel('response');
    switch (result.outcome) {
      case 'ok':
        this.cancel('entryDeadline');
        if (!this.callerChoseLanguage && result.language !== null && result.language !== this.currentLanguage) {
          this.currentLanguage = result.language;
          this.emit({ type: 'setLanguage', language: result.language });
        }
        this.state = { name: 'joining' };
        this.emit({ type: 'join' });
        this.start('response', this.config.responseMs);
        return;
      case 'wrongEntry':
        this.wrongEntry();
        return;
      case 'throttled':
        this.close(['tooManyAttempts'], 'throttled');
        return;
      case 'unavailable':
        this.close(['notAvailable'], 'unavailable');
        return;
      default:
        assertNever(result);
    }
  }

  // --- in the room: joining, waiting room, meeting -----------------------------------------------------------

  private onRoom(state: Extract<IvrState, { name: 'joining' | 'waitingRoom' | 'inMeeting' }>, input: IvrInput): void {
    switch (input.type) {
      case 'waiting':
        if (state.name === 'waitingRoom') return;
        this.cancel('response');
        this.cancel('starKey');
        this.state = { name: 'waitingRoom', holding: false };
        this.play([{ language: this.currentLanguage, prompt: 'waitingRoom' }], false);
        return;
      case 'admitted':
        if (state.name === 'inMeeting') return;
        this.cancel('response');
        this.state = { name: 'inMeeting', starPending: false, playing: null, queue: [] };
        this.notice(input.recording ? ['admitted', 'recordingNotice'] : ['admitted']);
        return;
      case 'joinFailed':
        // Also from the waiting room or the meeting: the connection to the meeting or its audio is lost for good.
        this.close([input.reason === 'meetingFull' ? 'meetingFull' : 'notAvailable'], input.reason);
        return;
      case 'meetingEnded':
        this.close(['meetingEnded'], 'meetingEnded');
        return;
      case 'removed':
        this.close(['removed'], 'removed');
        return;
      case 'timeout':
        if (input.timer === 'response' && state.name === 'joining') this.close(['notAvailable'], 'unavailable');
        else if (input.timer === 'starKey' && state.name === 'inMeeting') state.starPending = false;
        return;
      case 'promptFinished':
        if (state.name === 'waitingRoom' && !state.holding) {
          state.holding = true;
          this.emit({ type: 'playHold' });
        } else if (state.name === 'inMeeting' && state.playing !== null) {
          state.playing = state.queue.shift() ?? null;
          if (state.playing !== null) this.play(this.here(state.playing), false);
        }
        return;
      case 'digit':
        if (state.name === 'inMeeting') this.onMeetingDigit(state, input.digit);
        return;
      case 'mutedByModerator':
        if (state.name === 'inMeeting') this.notice(['mutedByModerator']);
        return;
      case 'muteChanged':
        if (state.name === 'inMeeting') this.notice([input.muted ? 'youAreMuted' : 'youAreUnmuted']);
        return;
      case 'handChanged':
        if (state.name === 'inMeeting') this.notice([input.raised ? 'handRaised' : 'handLowered']);
        return;
      case 'recordingStarted':
        // In the waiting room nothing is recorded of the caller; `admitted` says whether a recording runs.
        if (state.name === 'inMeeting') this.notice(['recordingNotice']);
        return;
      case 'started':
      case 'lookupResult':
        return;
      default:
        assertNever(input);
    }
  }

  private onMeetingDigit(state: Extract<IvrState, { name: 'inMeeting' }>, digit: DtmfDigit): void {
    if (digit === '*') {
      state.starPending = true;
      this.start('starKey', this.config.starKeyMs);
      return;
    }
    if (!state.starPending) return;
    state.starPending = false;
    this.cancel('starKey');
    const command = MEETING_COMMANDS[digit];
    if (command === 'help') {
      const pending = state.playing === null ? state.queue : [state.playing, ...state.queue];
      if (!pending.some((prompts) => prompts.includes('help'))) this.notice(['help']);
    } else if (command !== undefined) {
      this.emit({ type: command });
    }
  }

  /** Plays at once when nothing plays, else after what is queued: notices never cut each other off. */
  private notice(prompts: PromptId[]): void {
    const state = this.state;
    if (state.name !== 'inMeeting') return;
    if (state.playing !== null) {
      state.queue.push(prompts);
      return;
    }
    state.playing = prompts;
    this.play(this.here(prompts), false);
  }

  // --- helpers -------------------------------------------------------------------------------------------------

  /** Says the prompts and a goodbye, then hangs up; keys no longer matter. */
  private close(prompts: PromptId[], reason: HangupReason): void {
    for (const timer of [...this.running]) this.cancel(timer);
    this.state = { name: 'closing', reason };
    this.play(this.here([...prompts, 'goodbye']), false);
    this.start('closing', this.config.closingMs);
  }

  private here(prompts: readonly PromptId[]): PromptRef[] {
    return prompts.map((prompt) => ({ language: this.currentLanguage, prompt }));
  }

  private play(prompts: readonly PromptRef[], interruptible: boolean): void {
    this.emit({ type: 'play', prompts, interruptible });
  }

  private start(timer: IvrTimer, ms: number): void {
    this.running.add(timer);
    this.emit({ type: 'startTimer', timer, ms });
  }

  private cancel(timer: IvrTimer): void {
    if (!this.running.delete(timer)) return;
    this.emit({ type: 'cancelTimer', timer });
  }

  private emit(action: IvrAction): void {
    this.actions.push(action);
  }
}

function otherLanguage(language: IvrLanguage): IvrLanguage {
  return language === 'de' ? 'en' : 'de';
}
