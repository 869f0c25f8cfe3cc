import type { CommandOf, ErrorOf } from '@plenum/protocol';
import type { ModuleContext } from '@plenum/room-kit';
import {
  type LegalVoteProtocol,
  MAX_DURATION_SECONDS,
  MAX_SUBTITLE_LENGTH,
  MAX_TITLE_LENGTH,
  MAX_TOPIC_LENGTH,
  MIN_DURATION_SECONDS,
  type Voter,
} from '../protocol.js';
import { cleanText, textLength } from './cleanText.js';

type Start = Extract<CommandOf<LegalVoteProtocol>, { action: 'start' }>;

/** A start command's texts and voters as the vote keeps them, or the first rule it broke. */
export type CheckedStart =
  | {
      readonly ok: true;
      readonly title: string;
      readonly subtitle: string | null;
      readonly topic: string | null;
      readonly eligible: readonly Voter[];
    }
  | { readonly ok: false; readonly error: ErrorOf<LegalVoteProtocol> };

/**
 * Checks a start command in the order a form shows it: title, subtitle, topic, duration, voters. Only registered
 * people using a browser (or room system) can be eligible: guests have no account to hold a vote to, and phone
 * callers and recorders cannot see a ballot or its confirmation. Someone listed twice, or two participants of one
 * account, count once (the first).
 */
export function validateStart(
  command: Start,
  participant: ModuleContext<LegalVoteProtocol, unknown>['participant'],
): CheckedStart {
  const title = cleanText(command.title);
  if (title === '' || textLength(title) > MAX_TITLE_LENGTH)
    return { ok: false, error: { error: 'invalidTitle', maxLength: MAX_TITLE_LENGTH } };
  const subtitle = optional(command.subtitle);
  if (subtitle !== null && textLength(subtitle) > MAX_SUBTITLE_LENGTH)
    return { ok: false, error: { error: 'invalidSubtitle', maxLength: MAX_SUBTITLE_LENGTH } };
  const topic = optional(command.topic);
  if (topic !== null && textLength(topic) > MAX_TOPIC_LENGTH)
    return { ok: false, error: { error: 'invalidTopic', maxLength: MAX_TOPIC_LENGTH } };
  const duration = command.durationSeconds;
  if (
    duration !== undefined &&
    (!Number.isInteger(duration) || duration < MIN_DURATION_SECONDS || duration > MAX_DURATION_SECONDS)
  )
    return {
      ok: false,
      error: { error: 'invalidDuration', minSeconds: MIN_DURATION_SECONDS, maxSeconds: MAX_DURATION_SECONDS },
    };
  const eligible: Voter[] = [];
  for (const id of command.eligible) {
    const p = participant(id);
    if (!p)
      return { ok: false, error: { error: 'ineligibleParticipant', participant: id, reason: 'unknownParticipant' } };
    if (p.kind !== 'browser' && p.kind !== 'roomSystem')
      return { ok: false, error: { error: 'ineligibleParticipant', participant: id, reason: 'notABrowser' } };
    if (p.userId === null || p.role === 'guest')
      return { ok: false, error: { error: 'ineligibleParticipant', participant: id, reason: 'notRegistered' } };
    const userId = p.userId;
    if (!eligible.some((v) => v.userId === userId)) eligible.push({ participant: p.id, userId, name: p.displayName });
  }
  if (eligible.length === 0) return { ok: false, error: { error: 'noEligibleVoters' } };
  return { ok: true, title, subtitle, topic, eligible };
}

function optional(text: string | undefined): string | null {
  if (text === undefined) return null;
  const cleaned = cleanText(text);
  return cleaned === '' ? null : cleaned;
}
