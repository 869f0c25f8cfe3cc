import type { CommandOf, ErrorOf } from '@plenum/protocol';
import { MAX_DURATION_SECONDS, MAX_TITLE_LENGTH, MIN_DURATION_SECONDS, type TimerProtocol } from '../protocol.js';

type Start = Extract<CommandOf<TimerProtocol>, { action: 'start' }>;

/** A start command's title (trimmed) and duration in milliseconds (null for a stopwatch), or the limit it broke. */
export type CheckedTimer =
  | { readonly ok: true; readonly title: string; readonly durationMs: number | null }
  | { readonly ok: false; readonly error: ErrorOf<TimerProtocol> };

/** Checks the title (may be empty, capped in code points) and that only a countdown has a valid duration. */
export function validateTimer(command: Start): CheckedTimer {
  const title = command.title.trim();
  if ([...title].length > MAX_TITLE_LENGTH)
    return { ok: false, error: { error: 'titleTooLong', maxLength: MAX_TITLE_LENGTH } };
  const duration = command.durationSeconds;
  if (command.kind === 'stopwatch')
    return duration === undefined
      ? { ok: true, title, durationMs: null }
      : { ok: false, error: { error: 'stopwatchHasNoDuration' } };
  if (
    duration === undefined ||
    !Number.isInteger(duration) ||
    duration < MIN_DURATION_SECONDS ||
    duration > MAX_DURATION_SECONDS
  )
    return {
      ok: false,
      error: { error: 'invalidDuration', minSeconds: MIN_DURATION_SECONDS, maxSeconds: MAX_DURATION_SECONDS },
    };
  return { ok: true, title, durationMs: duration * 1000 };
}
