import { displayNameMaxLength } from '@plenum/protocol';
import { type FormEvent, useEffect, useId, useMemo, useState } from 'react';
import type { Invite, InvitesApi } from '../api/invitesApi.js';
import { useI18n } from '../i18n/I18nProvider.js';
import type { NameProblem } from '../prejoin/checkDisplayName.js';
import { roomPath } from '../router/matchRoute.js';
import { useRouter } from '../router/Router.js';
import { CountdownText } from '../shell/CountdownText.js';
import { useCountdown } from '../shell/countdown.js';
import { PageShell } from '../shell/PageShell.js';
import { TextField } from '../shell/TextField.js';
import { useDocumentTitle } from '../shell/useDocumentTitle.js';
import { useFocusHeading } from '../shell/useFocusHeading.js';
import { checkInviteForm } from './checkInviteForm.js';
import { type GuestNameStore, guestNameStore } from './guestNameStore.js';
import { type InviteProblem, inviteProblem, isFinalProblem } from './inviteProblem.js';

type Load =
  | { readonly state: 'loading' }
  | { readonly state: 'failed'; readonly problem: InviteProblem }
  | { readonly state: 'ready'; readonly invite: Invite };

type FinalProblem = Extract<InviteProblem, { kind: 'notFound' | 'expired' | 'revoked' | 'usedUp' | 'guestsDisabled' }>;

/**
 * `/i/{code}`: a guest's way in. Shows the meeting's title, asks for a name (and the room's password when it has
 * one), redeems the invitation (which sets the guest cookie) and goes to the room, handing the name over through
 * {@link GuestNameStore}. A link that cannot be used says exactly why.
 */
export function InvitePage({
  code,
  api,
  guestNames: givenNames,
}: {
  readonly code: string;
  readonly api: InvitesApi;
  readonly guestNames?: GuestNameStore;
}) {
  const { t } = useI18n();
  const { navigate } = useRouter();
  const heading = useFocusHeading<HTMLHeadingElement>();
  const guestNames = useMemo(() => givenNames ?? guestNameStore(), [givenNames]);
  const [load, setLoad] = useState<Load>({ state: 'loading' });
  const [attempt, setAttempt] = useState(0);

  // biome-ignore lint/correctness/useExhaustiveDependencies: `attempt` re-runs the load on "Try again"
  useEffect(() => {
    let cancelled = false;
    setLoad({ state: 'loading' });
    api.get(code).then(
      (invite) => !cancelled && setLoad({ state: 'ready', invite }),
      (error: unknown) => !cancelled && setLoad({ state: 'failed', problem: inviteProblem(error) }),
    );
    return () => {
      cancelled = true;
    };
  }, [api, code, attempt]);

  const final = load.state === 'failed' && isFinalProblem(load.problem) ? (load.problem as FinalProblem) : null;
  const loadWait = useCountdown(load.state === 'failed' ? waitOf(load.problem) : null, load);
  const title =
    load.state === 'loading'
      ? t.invite.loading
      : final
        ? t.invite.ended[final.kind].heading
        : load.state === 'ready' && load.invite.roomTitle
          ? t.invite.heading(load.invite.roomTitle)
          : t.invite.headingUntitled;
  useDocumentTitle(title, t.appName);

  return (
    <PageShell>
      <div className="invite">
        <h1 ref={heading} tabIndex={-1}>
          {title}
        </h1>
        {final && <p>{t.invite.ended[final.kind].text}</p>}
        {load.state === 'failed' && !final && (
          <>
            <ProblemText problem={load.problem} left={loadWait} />
            <button type="button" className="button" disabled={loadWait > 0} onClick={() => setAttempt((n) => n + 1)}>
              {t.invite.retry}
            </button>
          </>
        )}
        {load.state === 'ready' && (
          <InviteForm
            code={code}
            api={api}
            invite={load.invite}
            onEnded={(problem) => setLoad({ state: 'failed', problem })}
            onPasswordNeeded={() => setLoad({ state: 'ready', invite: { ...load.invite, passwordRequired: true } })}
            onRedeemed={(roomId, name) => {
              guestNames.save(roomId, name);
              navigate(roomPath(roomId));
            }}
          />
        )}
      </div>
    </PageShell>
  );
}

type InviteTexts = ReturnType<typeof useI18n>['t']['invite'];

/** Seconds to wait before another try, when the server said so. */
function waitOf(problem: InviteProblem): number | null {
  return problem.kind === 'tooManyAttempts' ? problem.seconds : null;
}

/**
 * A problem shown at the form (the final ones have their own page), as an alert. A waiting time counts down (`left`)
 * and the message goes away when it has passed.
 */
function ProblemText({ problem, left }: { readonly problem: InviteProblem; readonly left: number }) {
  const { t } = useI18n();
  if (problem.kind === 'tooManyAttempts' && problem.seconds !== null) {
    return left > 0 ? (
      <p className="message message--error" role="alert">
        <CountdownText text={t.invite.tooManyAttempts} left={left} total={problem.seconds} />
      </p>
    ) : null;
  }
  return (
    <p className="message message--error" role="alert">
      {problemText(problem, t.invite)}
    </p>
  );
}

/** The text of a problem without a countdown. */
function problemText(problem: InviteProblem, t: InviteTexts): string {
  switch (problem.kind) {
    case 'tooManyAttempts':
      return t.tooManyAttemptsLater;
    case 'network':
      return t.network;
    case 'passwordRequired':
      return t.passwordRequired;
    case 'passwordWrong':
      return t.passwordWrong;
    case 'nameRefused':
      return t.nameRefused;
    default:
      return t.other;
  }
}

function InviteForm({
  code,
  api,
  invite,
  onEnded,
  onPasswordNeeded,
  onRedeemed,
}: {
  readonly code: string;
  readonly api: InvitesApi;
  readonly invite: Invite;
  readonly onEnded: (problem: InviteProblem) => void;
  readonly onPasswordNeeded: () => void;
  readonly onRedeemed: (roomId: string, name: string) => void;
}) {
  const { t } = useI18n();
  const ids = { name: useId(), password: useId() };
  const [name, setName] = useState('');
  const [password, setPassword] = useState('');
  const [nameProblem, setNameProblem] = useState<NameProblem | 'refused' | null>(null);
  const [passwordProblem, setPasswordProblem] = useState<'required' | 'wrong' | null>(null);
  const [formProblem, setFormProblem] = useState<InviteProblem | null>(null);
  const [joining, setJoining] = useState(false);
  const wait = useCountdown(formProblem ? waitOf(formProblem) : null, formProblem);

  const focus = (id: string) => document.getElementById(id)?.focus();

  const join = async (event: FormEvent) => {
    event.preventDefault();
    if (joining) return;
    setFormProblem(null);
    const check = checkInviteForm({ name, password, passwordRequired: invite.passwordRequired });
    if (!check.ok) {
      setNameProblem(check.name);
      setPasswordProblem(check.passwordMissing ? 'required' : null);
      focus(check.name ? ids.name : ids.password);
      return;
    }
    setJoining(true);
    try {
      const redeemed = await api.redeem(code, check.body);
      onRedeemed(redeemed.roomId, redeemed.displayName);
    } catch (error) {
      setJoining(false);
      const problem = inviteProblem(error);
      if (isFinalProblem(problem)) onEnded(problem);
      else if (problem.kind === 'passwordRequired') {
        onPasswordNeeded();
        setPasswordProblem('required');
      } else if (problem.kind === 'passwordWrong') {
        setPasswordProblem('wrong');
        setPassword('');
        focus(ids.password);
      } else if (problem.kind === 'nameRefused') {
        setNameProblem('refused');
        focus(ids.name);
      } else setFormProblem(problem);
    }
  };

  const nameError =
    nameProblem === 'empty'
      ? t.invite.nameRequired
      : nameProblem === 'tooLong'
        ? t.invite.nameTooLong(displayNameMaxLength)
        : nameProblem === 'invalidCharacters'
          ? t.invite.nameInvalid
          : nameProblem === 'refused'
            ? t.invite.nameRefused
            : undefined;
  const passwordError =
    passwordProblem === 'required'
      ? t.invite.passwordRequired
      : passwordProblem === 'wrong'
        ? t.invite.passwordWrong
        : undefined;

  return (
    <>
      <p className="lead">{t.invite.intro}</p>
      {invite.waitingRoom && <p className="message message--info">{t.invite.waitingRoom}</p>}
      <form className="card invite__form" onSubmit={join} noValidate>
        <TextField
          id={ids.name}
          label={t.invite.nameLabel}
          hint={t.invite.nameHint(displayNameMaxLength)}
          error={nameError}
          value={name}
          maxLength={displayNameMaxLength}
          autoComplete="name"
          onValueChange={(value) => {
            setName(value);
            setNameProblem(null);
          }}
        />
        {invite.passwordRequired && (
          <TextField
            id={ids.password}
            type="password"
            label={t.invite.passwordLabel}
            hint={t.invite.passwordHint}
            error={passwordError}
            value={password}
            autoComplete="off"
            onValueChange={(value) => {
              setPassword(value);
              setPasswordProblem(null);
            }}
          />
        )}
        {formProblem && <ProblemText problem={formProblem} left={wait} />}
        <button type="submit" className="button button--primary button--large" disabled={joining || wait > 0}>
          {joining ? t.invite.joining : t.invite.join}
        </button>
      </form>
    </>
  );
}
