import { agendaLimits } from '@plenum/protocol';
import type { FormEvent } from 'react';
import type { Catalogue } from '../i18n/en.js';
import type { AgendaDialogState, AgendaProblem } from './agendaDialogState.js';
import { ProblemMessage } from './ProblemMessage.js';

/** Element ids of the editor's controls, so the dialog can move focus after a change. */
export const agendaControlIds = (base: string) => ({
  base,
  title: (key: number) => `${base}-title-${key}`,
  up: (key: number) => `${base}-up-${key}`,
  down: (key: number) => `${base}-down-${key}`,
  add: `${base}-add`,
  hint: `${base}-hint`,
  live: `${base}-live`,
  kept: `${base}-kept`,
});

export interface AgendaEditorProps {
  readonly state: AgendaDialogState;
  readonly t: Catalogue;
  /** Base of the controls' ids (see {@link agendaControlIds}). */
  readonly idBase: string;
  readonly roomTitle: string;
  readonly onRetry: () => void;
  readonly onAdd: () => void;
  readonly onRemove: (index: number) => void;
  readonly onMove: (index: number, by: -1 | 1) => void;
  readonly onRename: (index: number, title: string) => void;
  readonly onSave: () => void;
  readonly onCancel: () => void;
}

/** A problem in words: the agenda's own ones explained, the others as everywhere on the dashboard. */
function AgendaProblemMessage({ problem, t }: { readonly problem: AgendaProblem; readonly t: Catalogue }) {
  if (problem === 'meetingRunning') return <ProblemMessage problem="other" text={t.agenda.meetingRunning} />;
  if (problem === 'unknownItem') return <ProblemMessage problem="other" text={t.agenda.unknownItem} />;
  return <ProblemMessage problem={problem} />;
}

/**
 * The body of "Prepare agenda": a numbered list with one title field per item ("Item 1 title"), and per item "Move
 * up", "Move down" and "Remove", named with the item's number for screen readers. Buttons that cannot act now (the
 * first item's "Move up", anything while saving) say `aria-disabled` and ignore presses instead of being `disabled`,
 * which would drop keyboard focus. While a meeting of the room runs, the editor says so and does not save. When the
 * room's kept minutes hold notes or decisions under these items, it says so above the items, and "Save agenda" is
 * described by that notice, so it is heard before saving too.
 */
export function AgendaEditor({
  state,
  t,
  idBase,
  roomTitle,
  onRetry,
  onAdd,
  onRemove,
  onMove,
  onRename,
  onSave,
  onCancel,
}: AgendaEditorProps) {
  const a = t.agenda;
  const ids = agendaControlIds(idBase);
  if (state.phase === 'loading') return <p className="loading">{a.loading}</p>;
  if (state.phase === 'failed') {
    return (
      <>
        {state.problem === 'other' ? (
          <ProblemMessage problem="other" text={a.loadFailed} />
        ) : (
          <AgendaProblemMessage problem={state.problem} t={t} />
        )}
        <button type="button" className="button button--small" onClick={onRetry}>
          {a.retry}
        </button>
      </>
    );
  }
  const { rows, saving, live, keptMinutes } = state;
  const full = rows.length >= agendaLimits.maxItems;
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!saving && !live) onSave();
  };
  return (
    <form onSubmit={submit} noValidate className="settings-form agenda-form">
      <p className="modal__intro">{a.intro(roomTitle)}</p>
      {live && (
        <p id={ids.live} className="message message--info">
          {a.meetingRunning}
        </p>
      )}
      {keptMinutes && !live && (
        <p id={ids.kept} className="message message--warning">
          {a.keptMinutes}
        </p>
      )}
      <p id={ids.hint} className="field__hint">
        {a.titleHint(agendaLimits.titleMaxLength)}
      </p>
      {rows.length === 0 ? (
        <p>{a.empty}</p>
      ) : (
        <ol className="agenda-form__items" aria-label={a.listLabel}>
          {rows.map((row, index) => {
            const n = index + 1;
            const invalid = state.invalid.includes(row.key);
            const errorId = `${ids.title(row.key)}-error`;
            const first = index === 0;
            const last = index === rows.length - 1;
            return (
              <li key={row.key} className="agenda-form__item">
                <div className="field">
                  <label htmlFor={ids.title(row.key)}>{a.itemTitle(n)}</label>
                  <input
                    type="text"
                    id={ids.title(row.key)}
                    value={row.title}
                    maxLength={agendaLimits.titleMaxLength}
                    autoComplete="off"
                    aria-invalid={invalid || undefined}
                    aria-describedby={invalid ? `${errorId} ${ids.hint}` : ids.hint}
                    onChange={(event) => onRename(index, event.target.value)}
                  />
                  {invalid && (
                    <p id={errorId} className="field__error" role="alert">
                      {a.titleInvalid(agendaLimits.titleMaxLength)}
                    </p>
                  )}
                </div>
                <div className="agenda-form__actions">
                  <button
                    type="button"
                    id={ids.up(row.key)}
                    className="button button--small"
                    aria-label={a.moveUpLabel(n)}
                    aria-disabled={first || saving || undefined}
                    onClick={() => !first && !saving && onMove(index, -1)}
                  >
                    {a.moveUp}
                  </button>
                  <button
                    type="button"
                    id={ids.down(row.key)}
                    className="button button--small"
                    aria-label={a.moveDownLabel(n)}
                    aria-disabled={last || saving || undefined}
                    onClick={() => !last && !saving && onMove(index, 1)}
                  >
                    {a.moveDown}
                  </button>
                  <button
                    type="button"
                    className="button button--small button--danger"
                    aria-label={a.removeLabel(n)}
                    aria-disabled={saving || undefined}
                    onClick={() => !saving && onRemove(index)}
                  >
                    {a.remove}
                  </button>
                </div>
              </li>
            );
          })}
        </ol>
      )}
      <button
        type="button"
        id={ids.add}
        className="button button--small"
        aria-disabled={full || saving || undefined}
        aria-describedby={full ? `${ids.add}-limit` : undefined}
        onClick={() => !full && !saving && onAdd()}
      >
        {a.add}
      </button>
      {full && (
        <p id={`${ids.add}-limit`} className="field__hint">
          {a.addLimit(agendaLimits.maxItems)}
        </p>
      )}
      {state.problem && <AgendaProblemMessage problem={state.problem} t={t} />}
      <div className="actions">
        <button
          type="submit"
          className="button button--primary"
          aria-disabled={saving || live || undefined}
          aria-describedby={live ? ids.live : keptMinutes ? ids.kept : undefined}
        >
          {saving ? a.saving : a.save}
        </button>
        <button type="button" className="button" onClick={onCancel}>
          {a.cancel}
        </button>
      </div>
    </form>
  );
}
