import type { CommandOf, ErrorOf } from '@plenum/protocol';
import {
  MAX_CHOICE_LENGTH,
  MAX_CHOICES,
  MAX_DURATION_SECONDS,
  MAX_TOPIC_LENGTH,
  MIN_CHOICES,
  MIN_DURATION_SECONDS,
  type PollsProtocol,
} from '../protocol.js';

type Start = Extract<CommandOf<PollsProtocol>, { action: 'start' }>;

/** A start command's topic and choices as the poll keeps them (trimmed), or the first limit it broke. */
export type CheckedStart =
  | { readonly ok: true; readonly topic: string; readonly choices: readonly string[] }
  | { readonly ok: false; readonly error: ErrorOf<PollsProtocol> };

/** Length in characters as people count them (code points), so an umlaut or emoji is one. */
export function textLength(text: string): number {
  return [...text].length;
}

/**
 * Checks a start command against the limits, in the order a form shows them: topic, number of choices, each choice,
 * duplicates, duration. Choices must differ after trimming, ignoring case ("Ja" and "ja " are the same answer).
 */
export function validateStart(command: Start): CheckedStart {
  const topic = command.topic.trim();
  if (topic === '' || textLength(topic) > MAX_TOPIC_LENGTH)
    return { ok: false, error: { error: 'invalidTopic', maxLength: MAX_TOPIC_LENGTH } };
  if (command.choices.length < MIN_CHOICES || command.choices.length > MAX_CHOICES)
    return { ok: false, error: { error: 'invalidChoiceCount', min: MIN_CHOICES, max: MAX_CHOICES } };
  const choices = command.choices.map((c) => c.trim());
  const seen = new Set<string>();
  for (const [index, choice] of choices.entries()) {
    if (choice === '' || textLength(choice) > MAX_CHOICE_LENGTH)
      return { ok: false, error: { error: 'invalidChoice', index, maxLength: MAX_CHOICE_LENGTH } };
    const key = choice.toLocaleLowerCase();
    if (seen.has(key)) return { ok: false, error: { error: 'duplicateChoice', index } };
    seen.add(key);
  }
  const duration = command.durationSeconds;
  if (
    duration !== undefined &&
    (!Number.isInteger(duration) || duration < MIN_DURATION_SECONDS || duration > MAX_DURATION_SECONDS)
  )
    return {
      ok: false,
      error: { error: 'invalidDuration', minSeconds: MIN_DURATION_SECONDS, maxSeconds: MAX_DURATION_SECONDS },
    };
  return { ok: true, topic, choices };
}
