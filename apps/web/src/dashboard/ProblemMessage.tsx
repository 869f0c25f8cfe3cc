import { loginHref } from '../api/sessionApi.js';
import { useI18n } from '../i18n/I18nProvider.js';
import type { DashboardProblem } from './dashboardProblem.js';

/** A failed request of the dashboard, announced as an alert; an ended session offers signing in again. */
export function ProblemMessage({
  problem,
  text,
}: {
  readonly problem: DashboardProblem;
  readonly text?: string | undefined;
}) {
  const { t } = useI18n();
  return (
    <div className="message message--error" role="alert">
      <p>{text ?? t.dashboard.problems[problem]}</p>
      {problem === 'signedOut' && (
        <a className="button button--small" href={loginHref('/')}>
          {t.dashboard.signIn}
        </a>
      )}
    </div>
  );
}
