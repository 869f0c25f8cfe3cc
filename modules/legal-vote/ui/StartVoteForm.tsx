import { CheckboxOption, ChoiceGroup, StartFormFrame, TextField, useFormProblem } from '@plenum/client-kit/ui';
import type { ParticipantInfo } from '@plenum/module-core/protocol';
import type { ParticipantId } from '@plenum/protocol';
import { useState } from 'react';
import type { VoteDraft } from '../client/legalVoteCommands.js';
import {
  type DraftProblem,
  durationFromMinutes,
  MAX_DURATION_MINUTES,
  voteDraftProblem,
} from '../client/voteDraftProblem.js';
import { onePerAccount, voterEligibility } from '../client/voterEligibility.js';
import {
  MAX_SUBTITLE_LENGTH,
  MAX_TITLE_LENGTH,
  MAX_TOPIC_LENGTH,
  type SameAccount,
  type VoteKind,
} from '../protocol.js';
import type { LegalVoteMessages } from './legalVoteMessages.js';

export interface StartVoteFormProps {
  /** The roster: who can be chosen, and who cannot and why. */
  readonly participants: readonly ParticipantInfo[];
  /** Participants that are one account (from the server): such a person is listed once. */
  readonly sameAccount: SameAccount;
  readonly messages: LegalVoteMessages;
  readonly onStart: (draft: VoteDraft) => void;
}

type Field = 'title' | 'subtitle' | 'topic' | 'duration' | 'eligible';

const kinds: readonly VoteKind[] = ['rollCall', 'liveRollCall', 'pseudonymous'];

/**
 * The moderators' start form: title, subtitle, topic, the kind (each explained in plain words), whether abstaining is
 * allowed, who is eligible (every signed-in person at a screen, once however many devices they use, all chosen to begin
 * with, newcomers too; guests,
 * phone callers and the recorder listed apart with the reason they cannot vote), an optional duration in whole minutes
 * ("1,5" is refused with a message, never cut short) and
 * "End as soon as everyone has voted". It checks the server's limits before sending; a problem is shown under the
 * form (an alert), the field is marked invalid and takes focus.
 */
export function StartVoteForm({ participants, sameAccount, messages, onStart }: StartVoteFormProps) {
  const m = messages.form;
  const p = messages.panel;
  const { frame, problemId, id, report, invalid } = useFormProblem<Field>();
  const [title, setTitle] = useState('');
  const [subtitle, setSubtitle] = useState('');
  const [topic, setTopic] = useState('');
  const [kind, setKind] = useState<VoteKind>('rollCall');
  const [abstain, setAbstain] = useState(true);
  /** Who was un-chosen: anyone else who can vote is chosen, so that someone who joins later is not left out. */
  const [left, setLeft] = useState<ReadonlySet<string>>(new Set());
  const [minutes, setMinutes] = useState('');
  const [closeWhenAllVoted, setCloseWhenAllVoted] = useState(true);

  // One entry per account: a person on two devices is one voter (the server counts them once).
  const canVote = onePerAccount(
    participants.filter((x) => voterEligibility(x) === 'eligible'),
    sameAccount,
  );
  const cannot = participants.flatMap((x) => {
    const reason = voterEligibility(x);
    return reason === 'eligible' ? [] : [{ participant: x, reason }];
  });
  const voterId = (participant: ParticipantId) => id(`voter-${participant}`);

  const describe = (found: DraftProblem): { text: string; field: Field } => {
    const a = messages.announce;
    switch (found.error) {
      case 'titleMissing':
        return { text: m.titleMissing, field: 'title' };
      case 'invalidTitle':
        return { text: a.titleInvalid({ maxLength: found.maxLength }), field: 'title' };
      case 'invalidSubtitle':
        return { text: a.subtitleInvalid({ maxLength: found.maxLength }), field: 'subtitle' };
      case 'invalidTopic':
        return { text: a.topicInvalid({ maxLength: found.maxLength }), field: 'topic' };
      case 'invalidDuration':
        return {
          text: a.durationInvalid({ minSeconds: found.minSeconds, maxSeconds: found.maxSeconds }),
          field: 'duration',
        };
      case 'noEligibleVoters':
        return { text: a.noEligibleVoters({}), field: 'eligible' };
    }
  };

  const submit = () => {
    const durationSeconds = durationFromMinutes(minutes);
    const draft: VoteDraft = {
      title,
      subtitle,
      topic,
      kind,
      abstain,
      eligible: canVote.filter((x) => !left.has(x.id)).map((x) => x.id),
      durationSeconds: durationSeconds ?? undefined,
      closeWhenAllVoted,
    };
    const found = voteDraftProblem(draft);
    // In the form's order: the duration comes after the texts and before the voters.
    const shown =
      durationSeconds === null && (found === null || found.error === 'noEligibleVoters')
        ? { text: m.durationWholeMinutes(MAX_DURATION_MINUTES), field: 'duration' as const }
        : found && describe(found);
    const first = canVote[0];
    const focus = shown?.field === 'eligible' ? (first ? `voter-${first.id}` : undefined) : shown?.field;
    if (report(shown, focus)) return;
    onStart(draft);
    setTitle('');
    setSubtitle('');
    setTopic('');
    setMinutes('');
    setLeft(new Set());
  };

  const kindOptions = Object.fromEntries(kinds.map((k) => [k, `${p.kinds[k]}: ${p.kindExplained[k]}`])) as Record<
    VoteKind,
    string
  >;
  const eligibleInvalid = invalid('eligible');

  return (
    <StartFormFrame {...frame} label={m.formLabel} submitLabel={m.start} onSubmit={submit} className="vote-form">
      <TextField
        id={id('title')}
        label={m.title}
        value={title}
        onChange={setTitle}
        maxLength={MAX_TITLE_LENGTH}
        {...invalid('title')}
      />
      <TextField
        id={id('subtitle')}
        label={m.subtitle}
        value={subtitle}
        onChange={setSubtitle}
        maxLength={MAX_SUBTITLE_LENGTH}
        {...invalid('subtitle')}
      />
      <label htmlFor={id('topic')}>{m.topic}</label>
      <textarea
        id={id('topic')}
        rows={3}
        maxLength={MAX_TOPIC_LENGTH}
        value={topic}
        onChange={(event) => setTopic(event.currentTarget.value)}
        {...invalid('topic')}
      />
      <ChoiceGroup legend={m.kind} name={id('kind')} options={kindOptions} value={kind} onChange={setKind} />
      <CheckboxOption id={id('abstain')} label={m.abstain} checked={abstain} onChange={setAbstain} />
      <fieldset className="start-form__group vote-form__voters" aria-describedby={id('votersHint')}>
        <legend>{m.eligibleLegend}</legend>
        <p id={id('votersHint')} className="vote-panel__note">
          {canVote.length === 0 ? m.nobodyEligible : m.eligibleHint}
        </p>
        {canVote.map((x) => (
          <div key={x.id} className="start-form__option">
            <input
              id={voterId(x.id)}
              type="checkbox"
              checked={!left.has(x.id)}
              onChange={(event) => {
                const next = new Set(left);
                if (event.currentTarget.checked) next.delete(x.id);
                else next.add(x.id);
                setLeft(next);
              }}
              {...eligibleInvalid}
            />
            <label htmlFor={voterId(x.id)}>{x.displayName}</label>
          </div>
        ))}
        {cannot.length > 0 && (
          <>
            <p id={id('cannot')} className="vote-form__cannot-heading">
              {m.notEligibleHeading}
            </p>
            <ul className="vote-form__cannot" aria-labelledby={id('cannot')}>
              {cannot.map(({ participant, reason }) => (
                <li key={participant.id}>{m.notEligible(participant.displayName, reason)}</li>
              ))}
            </ul>
          </>
        )}
      </fieldset>
      <TextField
        id={id('duration')}
        label={m.duration}
        inputMode="numeric"
        value={minutes}
        onChange={setMinutes}
        aria-describedby={
          invalid('duration')['aria-invalid'] ? `${problemId} ${id('durationHint')}` : id('durationHint')
        }
        {...(invalid('duration')['aria-invalid'] ? { 'aria-invalid': true as const } : {})}
      />
      <p id={id('durationHint')} className="vote-panel__note">
        {m.durationHint}
      </p>
      <CheckboxOption
        id={id('closeWhenAllVoted')}
        label={m.closeWhenAllVoted}
        checked={closeWhenAllVoted}
        onChange={setCloseWhenAllVoted}
      />
    </StartFormFrame>
  );
}
