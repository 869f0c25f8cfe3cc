import { type RefObject, useState } from 'react';
import type { RoomInfo, RoomsApi } from '../api/roomsApi.js';
import { useI18n } from '../i18n/I18nProvider.js';
import { ModalDialog } from '../shell/ModalDialog.js';
import { type DashboardProblem, dashboardProblem } from './dashboardProblem.js';
import { ProblemMessage } from './ProblemMessage.js';

/** Asks before deleting a room; a room that is already gone counts as deleted. */
export function DeleteRoomDialog({
  room,
  api,
  onDeleted,
  onClose,
  returnFocus,
}: {
  readonly room: RoomInfo;
  readonly api: RoomsApi;
  readonly onDeleted: (room: RoomInfo) => void;
  readonly onClose: () => void;
  readonly returnFocus: RefObject<HTMLElement | null>;
}) {
  const { t } = useI18n();
  const [deleting, setDeleting] = useState(false);
  const [problem, setProblem] = useState<DashboardProblem | null>(null);
  const title = room.title || t.dashboard.untitled;

  const remove = async () => {
    setDeleting(true);
    setProblem(null);
    try {
      await api.remove(room.id);
      onDeleted(room);
    } catch (error) {
      const found = dashboardProblem(error);
      if (found === 'notFound') onDeleted(room);
      else {
        setProblem(found);
        setDeleting(false);
      }
    }
  };

  return (
    <ModalDialog
      title={t.dashboard.deleteHeading}
      closeLabel={t.dashboard.close}
      onClose={onClose}
      returnFocus={returnFocus}
    >
      <p>{t.dashboard.deleteText(title)}</p>
      {problem && <ProblemMessage problem={problem} />}
      <div className="actions">
        <button type="button" className="button button--danger" onClick={remove} disabled={deleting}>
          {deleting ? t.dashboard.deleting : t.dashboard.deleteConfirm}
        </button>
        <button type="button" className="button" onClick={onClose}>
          {t.dashboard.cancel}
        </button>
      </div>
    </ModalDialog>
  );
}
