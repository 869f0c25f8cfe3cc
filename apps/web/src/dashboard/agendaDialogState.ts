import { AgendaTitle, agendaLimits, type RoomAgendaUpdate } from '@plenum/protocol';
import type { RoomAgenda } from '../api/agendaApi.js';
import { ApiFailure } from '../api/http.js';
import { type DashboardProblem, dashboardProblem } from './dashboardProblem.js';
import { type Loadable, type LoadEvent, loadStep } from './loadable.js';

/**
 * Why loading or saving the agenda failed: a dashboard problem, or `meetingRunning` (a meeting of the room runs now:
 * the agenda is edited in its minutes), or `unknownItem` (an item was removed elsewhere meanwhile).
 */
export type AgendaProblem = DashboardProblem | 'meetingRunning' | 'unknownItem';

/** Reads a failed agenda request: the agenda's own codes first, everything else as the dashboard reads it. */
export function agendaProblemOf(error: unknown): AgendaProblem {
  if (error instanceof ApiFailure && error.code === 'meetingRunning') return 'meetingRunning';
  if (error instanceof ApiFailure && error.code === 'unknownAgendaItem') return 'unknownItem';
  return dashboardProblem(error);
}

/** One row of the draft: `id` of a stored item, or null for a new one; `key` stays with the row as it moves. */
export interface AgendaDraftRow {
  readonly key: number;
  readonly id: string | null;
  readonly title: string;
}

/**
 * The "Prepare agenda" dialog: `loading`, `failed` to load (with a retry), or `ready` with the draft. `live`: a
 * meeting runs now, the draft is shown but not saved. `keptMinutes`: the room's kept minutes hold notes, motions or
 * decisions under these items, so saving changes those minutes' agenda (the dialog says so before saving). `invalid`: keys of rows whose title was refused. `said`: the
 * last change to announce (a move or removal, which the eye sees but a screen reader does not).
 */
export type AgendaDialogState = Loadable<
  {
    readonly phase: 'ready';
    readonly rows: readonly AgendaDraftRow[];
    readonly live: boolean;
    readonly keptMinutes: boolean;
    readonly saving: boolean;
    readonly problem: AgendaProblem | null;
    readonly invalid: readonly number[];
    readonly said: AgendaAnnouncement | null;
    readonly nextKey: number;
  },
  AgendaProblem
>;

/** What the dialog announces after a change, with 1-based positions. */
export type AgendaAnnouncement =
  | { readonly kind: 'moved'; readonly from: number; readonly to: number }
  | { readonly kind: 'removed'; readonly position: number }
  | { readonly kind: 'added'; readonly position: number };

/** What happens to the dialog: loading, the owner's edits (by row index), and the save's course. */
export type AgendaDialogEvent =
  | LoadEvent<AgendaProblem>
  | { readonly type: 'loaded'; readonly agenda: RoomAgenda }
  | { readonly type: 'add' }
  | { readonly type: 'remove'; readonly index: number }
  | { readonly type: 'move'; readonly index: number; readonly by: -1 | 1 }
  | { readonly type: 'rename'; readonly index: number; readonly title: string }
  | { readonly type: 'refused'; readonly invalid: readonly number[] }
  | { readonly type: 'saving' };

/** The dialog as it opens: loading the stored agenda. */
export const initialAgendaDialog: AgendaDialogState = { phase: 'loading' };

/**
 * How the dialog moves. Editing clears the last problem of the row edited; a failed save keeps the draft, so trying
 * again is one key press. `add` does nothing at `agendaLimits.maxItems`, moves beyond either end do nothing.
 */
export function agendaDialogReducer(state: AgendaDialogState, event: AgendaDialogEvent): AgendaDialogState {
  switch (event.type) {
    case 'load':
      return loadStep(event);
    case 'loaded':
      return {
        phase: 'ready',
        rows: event.agenda.items.map((item, key) => ({ key, id: item.id, title: item.title })),
        live: event.agenda.live,
        keptMinutes: event.agenda.keptMinutes,
        saving: false,
        problem: null,
        invalid: [],
        said: null,
        nextKey: event.agenda.items.length,
      };
    case 'failed':
      if (state.phase !== 'ready') return loadStep(event);
      return {
        ...state,
        saving: false,
        problem: event.problem,
        live: state.live || event.problem === 'meetingRunning',
      };
    case 'saving':
      return state.phase === 'ready' ? { ...state, saving: true, problem: null } : state;
    case 'refused':
      return state.phase === 'ready' ? { ...state, saving: false, invalid: event.invalid } : state;
    default:
      return state.phase === 'ready' && !state.saving ? edit(state, event) : state;
  }
}

type Ready = Extract<AgendaDialogState, { phase: 'ready' }>;
type EditEvent = Extract<AgendaDialogEvent, { type: 'add' | 'remove' | 'move' | 'rename' }>;

function edit(state: Ready, event: EditEvent): Ready {
  const rows = [...state.rows];
  switch (event.type) {
    case 'add':
      if (rows.length >= agendaLimits.maxItems) return state;
      rows.push({ key: state.nextKey, id: null, title: '' });
      return { ...state, rows, nextKey: state.nextKey + 1, said: { kind: 'added', position: rows.length } };
    case 'remove': {
      const [gone] = rows.splice(event.index, 1);
      if (!gone) return state;
      return {
        ...state,
        rows,
        invalid: state.invalid.filter((k) => k !== gone.key),
        said: { kind: 'removed', position: event.index + 1 },
      };
    }
    case 'move': {
      const to = event.index + event.by;
      const row = rows[event.index];
      const other = rows[to];
      if (!row || !other) return state;
      rows[to] = row;
      rows[event.index] = other;
      return { ...state, rows, said: { kind: 'moved', from: event.index + 1, to: to + 1 } };
    }
    case 'rename': {
      const row = rows[event.index];
      if (!row) return state;
      rows[event.index] = { ...row, title: event.title };
      return { ...state, rows, invalid: state.invalid.filter((k) => k !== row.key), said: null };
    }
  }
}

/** The `PUT` body for the draft, or the keys of the rows whose title the server would refuse (checked alike). */
export function agendaToSave(
  rows: readonly AgendaDraftRow[],
): { readonly ok: true; readonly body: RoomAgendaUpdate } | { readonly ok: false; readonly invalid: number[] } {
  const invalid = rows.filter((row) => !AgendaTitle.safeParse(row.title).success).map((row) => row.key);
  if (invalid.length > 0) return { ok: false, invalid };
  return {
    ok: true,
    body: {
      items: rows.map((row) => ({
        ...(row.id === null ? {} : { id: row.id }),
        title: AgendaTitle.parse(row.title),
      })),
    },
  };
}

/** The rows the server refused in a failed save (`issues[].path` like `items.2.title`), as row keys. */
export function refusedRows(rows: readonly AgendaDraftRow[], error: unknown): number[] {
  if (!(error instanceof ApiFailure)) return [];
  return error.issues.flatMap((issue) => {
    const match = /^items\.(\d+)\.title$/.exec(issue.path);
    const row = match ? rows[Number(match[1])] : undefined;
    return row ? [row.key] : [];
  });
}
