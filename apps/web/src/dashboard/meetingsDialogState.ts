import { type KnownAssetKind, knownAssetKinds } from '@plenum/protocol';
import { ApiFailure } from '../api/http.js';
import type { Meeting, MeetingFile } from '../api/meetingsApi.js';
import { type DashboardProblem, dashboardProblem } from './dashboardProblem.js';
import { type Loadable, type LoadEvent, loadStep } from './loadable.js';

/**
 * The "Meetings" dialog: `loading`, `failed` to load (with a retry), or `ready` with the room's meetings, newest
 * first. `asking`: the file whose "Delete?" question is open; `deleting`: the file being deleted; `problem`: why the
 * last delete failed, shown at that file.
 */
export type MeetingsDialogState = Loadable<
  {
    readonly phase: 'ready';
    readonly meetings: readonly Meeting[];
    readonly asking: string | null;
    readonly deleting: string | null;
    readonly problem: { readonly fileId: string; readonly problem: DashboardProblem } | null;
  },
  DashboardProblem
>;

/** What happens to the dialog: loading, and asking, confirming and finishing the deletion of one file (by id). */
export type MeetingsDialogEvent =
  | LoadEvent<DashboardProblem>
  | { readonly type: 'loaded'; readonly meetings: readonly Meeting[] }
  | { readonly type: 'ask'; readonly fileId: string }
  | { readonly type: 'dismiss' }
  | { readonly type: 'deleting'; readonly fileId: string }
  | { readonly type: 'deleted'; readonly fileId: string }
  | { readonly type: 'deleteFailed'; readonly fileId: string; readonly problem: DashboardProblem };

/** The dialog as it opens: loading the meetings. */
export const initialMeetingsDialog: MeetingsDialogState = { phase: 'loading' };

/**
 * How the dialog moves. One file is asked about or deleted at a time: while a delete runs, other questions wait. A
 * failed delete keeps its question open, so that trying again is one key press; a deleted file leaves its meeting
 * (the meeting stays, with its other files).
 */
export function meetingsDialogReducer(state: MeetingsDialogState, event: MeetingsDialogEvent): MeetingsDialogState {
  switch (event.type) {
    case 'load':
    case 'failed':
      return loadStep(event);
    case 'loaded':
      return { phase: 'ready', meetings: newestFirst(event.meetings), asking: null, deleting: null, problem: null };
    case 'ask':
      if (state.phase !== 'ready' || state.deleting !== null || !findFile(state.meetings, event.fileId)) return state;
      return { ...state, asking: event.fileId, problem: null };
    case 'dismiss':
      return state.phase === 'ready' && state.deleting === null ? { ...state, asking: null, problem: null } : state;
    case 'deleting':
      if (state.phase !== 'ready' || state.deleting !== null || state.asking !== event.fileId) return state;
      return { ...state, deleting: event.fileId, problem: null };
    case 'deleted':
      if (state.phase !== 'ready') return state;
      return {
        ...state,
        meetings: state.meetings.map((m) =>
          m.assets.some((a) => a.id === event.fileId)
            ? { ...m, assets: m.assets.filter((a) => a.id !== event.fileId) }
            : m,
        ),
        asking: state.asking === event.fileId ? null : state.asking,
        deleting: state.deleting === event.fileId ? null : state.deleting,
        problem: null,
      };
    case 'deleteFailed':
      if (state.phase !== 'ready' || state.deleting !== event.fileId) return state;
      return { ...state, deleting: null, problem: { fileId: event.fileId, problem: event.problem } };
  }
}

/** Meetings by start, newest first (the order the owner looks for them in); the list given is not changed. */
export function newestFirst(meetings: readonly Meeting[]): readonly Meeting[] {
  return [...meetings].sort((a, b) => Date.parse(b.startedAt) - Date.parse(a.startedAt));
}

/** A file of the listed meetings, with its meeting; undefined when none has that id. */
export function findFile(
  meetings: readonly Meeting[],
  fileId: string,
): { readonly meeting: Meeting; readonly file: MeetingFile } | undefined {
  for (const meeting of meetings) {
    const file = meeting.assets.find((a) => a.id === fileId);
    if (file) return { meeting, file };
  }
  return undefined;
}

/** A file's kind as the UI names it: one of the kinds modules store, or `other` for one this version does not know. */
export function fileKindOf(kind: string): KnownAssetKind | 'other' {
  return knownAssetKinds.find((known) => known === kind) ?? 'other';
}

/**
 * Reads a failed delete: `notFound` means the file is gone already (deleted in another tab), which the list shows
 * like a delete of its own; anything else is a problem to show at the file.
 */
export function deleteFailureOf(
  error: unknown,
): { readonly gone: true } | { readonly gone: false; readonly problem: DashboardProblem } {
  if (error instanceof ApiFailure && error.code === 'notFound') return { gone: true };
  return { gone: false, problem: dashboardProblem(error) };
}
