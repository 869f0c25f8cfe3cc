import { type RefObject, useId, useReducer } from 'react';
import type { AgendaApi, RoomAgenda } from '../api/agendaApi.js';
import type { RoomInfo } from '../api/roomsApi.js';
import { useI18n } from '../i18n/I18nProvider.js';
import { ModalDialog } from '../shell/ModalDialog.js';
import { useFocusNext } from '../shell/useFocusNext.js';
import { useRetryableLoad } from '../shell/useRetryableLoad.js';
import { AgendaEditor, agendaControlIds } from './AgendaEditor.js';
import {
  type AgendaAnnouncement,
  agendaDialogReducer,
  agendaProblemOf,
  agendaToSave,
  initialAgendaDialog,
  refusedRows,
} from './agendaDialogState.js';

/**
 * "Prepare agenda": the owner edits the agenda of a room's minutes before the meeting and saves it as a whole. Moves,
 * removals and additions are announced in the dialog's status line; focus stays with the moved item's button, goes to
 * the next item's title after a removal and to the new item's title after "Add item". Refused titles are marked and
 * the first gets focus. While a meeting of the room runs the agenda is edited in the meeting, and the dialog says so.
 */
export function AgendaDialog({
  room,
  api,
  onSaved,
  onClose,
  returnFocus,
}: {
  readonly room: RoomInfo;
  readonly api: AgendaApi;
  readonly onSaved: (agenda: RoomAgenda) => void;
  readonly onClose: () => void;
  readonly returnFocus: RefObject<HTMLElement | null>;
}) {
  const { t } = useI18n();
  const a = t.agenda;
  const ids = agendaControlIds(useId());
  const [state, dispatch] = useReducer(agendaDialogReducer, initialAgendaDialog);
  /** The element to focus once the next render is on screen. */
  const focusNext = useFocusNext();

  const retry = useRetryableLoad(
    () => api.get(room.id),
    {
      started: () => dispatch({ type: 'load' }),
      loaded: (agenda) => dispatch({ type: 'loaded', agenda }),
      failed: (error) => dispatch({ type: 'failed', problem: agendaProblemOf(error) }),
    },
    room.id,
  );

  const rows = state.phase === 'ready' ? state.rows : [];

  const save = async () => {
    if (state.phase !== 'ready' || state.saving || state.live) return;
    const check = agendaToSave(state.rows);
    if (!check.ok) {
      focusNext.current = ids.title(check.invalid[0] ?? -1);
      dispatch({ type: 'refused', invalid: check.invalid });
      return;
    }
    dispatch({ type: 'saving' });
    try {
      onSaved(await api.save(room.id, check.body));
    } catch (error) {
      const invalid = refusedRows(state.rows, error);
      if (invalid.length > 0) {
        focusNext.current = ids.title(invalid[0] ?? -1);
        dispatch({ type: 'refused', invalid });
      } else dispatch({ type: 'failed', problem: agendaProblemOf(error) });
    }
  };

  const said = (s: AgendaAnnouncement | null): string => {
    if (s === null) return '';
    if (s.kind === 'moved') return a.moved(s.from, s.to);
    return s.kind === 'removed' ? a.removed(s.position) : a.added(s.position);
  };

  return (
    <ModalDialog title={a.heading} closeLabel={a.close} onClose={onClose} returnFocus={returnFocus}>
      <p role="status" className="dialog-status">
        {state.phase === 'ready' ? said(state.said) : ''}
      </p>
      <AgendaEditor
        state={state}
        t={t}
        idBase={ids.base}
        roomTitle={room.title || t.dashboard.untitled}
        onRetry={retry}
        onAdd={() => {
          if (state.phase === 'ready') focusNext.current = ids.title(state.nextKey);
          dispatch({ type: 'add' });
        }}
        onRemove={(index) => {
          const next = rows[index + 1] ?? rows[index - 1];
          focusNext.current = next ? ids.title(next.key) : ids.add;
          dispatch({ type: 'remove', index });
        }}
        onMove={(index, by) => {
          const row = rows[index];
          const to = index + by;
          // Focus stays on the button pressed; at the end of the list it goes to the other direction's button.
          if (row) {
            const atEnd = by === -1 ? to === 0 : to === rows.length - 1;
            focusNext.current = (by === -1) !== atEnd ? ids.up(row.key) : ids.down(row.key);
          }
          dispatch({ type: 'move', index, by });
        }}
        onRename={(index, title) => dispatch({ type: 'rename', index, title })}
        onSave={() => void save()}
        onCancel={onClose}
      />
    </ModalDialog>
  );
}
