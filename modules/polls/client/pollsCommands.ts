import type { CommandOf } from '@plenum/protocol';
import type { PollsProtocol, ResultVisibility } from '../protocol.js';

type Command<A extends CommandOf<PollsProtocol>['action']> = Extract<CommandOf<PollsProtocol>, { action: A }>;

/** What the start form collects; an absent duration means the poll runs until someone ends it. */
export interface PollDraft {
  readonly topic: string;
  readonly choices: readonly string[];
  readonly multiple: boolean;
  readonly results: ResultVisibility;
  readonly changeable: boolean;
  readonly durationSeconds?: number | undefined;
}

/** The start command for a draft; blank choice rows (the form's spare rows) are left out. */
export function startPoll(draft: PollDraft): Command<'start'> {
  const command: Command<'start'> = {
    action: 'start',
    topic: draft.topic,
    choices: draft.choices.filter((c) => c.trim() !== ''),
    multiple: draft.multiple,
    results: draft.results,
    changeable: draft.changeable,
  };
  return draft.durationSeconds === undefined ? command : { ...command, durationSeconds: draft.durationSeconds };
}

export function votePoll(pollId: string, choices: readonly number[]): Command<'vote'> {
  return { action: 'vote', pollId, choices: [...choices].sort((a, b) => a - b) };
}

export function endPoll(pollId: string): Command<'end'> {
  return { action: 'end', pollId };
}
