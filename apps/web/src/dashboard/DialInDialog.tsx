import { type RefObject, useCallback, useReducer, useState } from 'react';
import { type DialInApi, dialInProblemOf } from '../api/dialInApi.js';
import type { RoomInfo } from '../api/roomsApi.js';
import { type DialInPart, plainValueOf } from '../dialIn/dialInText.js';
import { useI18n } from '../i18n/I18nProvider.js';
import { copyText } from '../shell/copyText.js';
import { ModalDialog } from '../shell/ModalDialog.js';
import { useRetryableLoad } from '../shell/useRetryableLoad.js';
import { DialInPanel } from './DialInPanel.js';
import {
  type DialInChange,
  type DialInQuestion,
  dialInDialogReducer,
  initialDialInDialog,
} from './dialInDialogState.js';

/**
 * A room's telephone dial-in, for its owner: switch it on or off, read and copy the dial-in number, conference number
 * and PIN, and get a new PIN and number. Every change takes effect at once (there is no "Save"), so turning off and
 * new details ask first: numbers already sent out stop working. When the organisation does not offer dial-in, the
 * dialog says so instead of showing a switch that cannot work, and still lets the owner withdraw old details.
 */
export function DialInDialog({
  room,
  api,
  onClose,
  returnFocus,
}: {
  readonly room: RoomInfo;
  readonly api: DialInApi;
  readonly onClose: () => void;
  readonly returnFocus: RefObject<HTMLElement | null>;
}) {
  const { t } = useI18n();
  const d = t.dialIn;
  const [state, dispatch] = useReducer(dialInDialogReducer, initialDialInDialog);
  const [status, setStatus] = useState('');

  const retry = useRetryableLoad(
    () => api.get(room.id),
    {
      started: () => dispatch({ type: 'load' }),
      loaded: (dialIn) => dispatch({ type: 'loaded', dialIn }),
      failed: (error) => dispatch({ type: 'failed', problem: dialInProblemOf(error) }),
    },
    room.id,
  );

  const change = useCallback(
    async (what: DialInChange) => {
      dispatch({ type: 'started', change: what });
      setStatus('');
      try {
        if (what === 'withdraw' || what === 'disable') {
          await api.disable(room.id);
          if (what === 'withdraw') dispatch({ type: 'withdrawn' });
          else dispatch({ type: 'changed', dialIn: { enabled: false } });
          setStatus(what === 'withdraw' ? d.withdrawn : d.disabled);
        } else {
          const dialIn = await (what === 'enable' ? api.enable(room.id) : api.regenerate(room.id));
          dispatch({ type: 'changed', dialIn });
          setStatus(what === 'enable' ? d.enabled : d.regenerated);
        }
      } catch (error) {
        dispatch({ type: 'failed', problem: dialInProblemOf(error) });
      }
    },
    [api, room.id, d],
  );

  const copy = async (part: DialInPart) => {
    if (state.phase !== 'ready' || !state.dialIn.enabled) return;
    const value = plainValueOf(state.dialIn, part);
    if (value === null) return;
    // Emptied first, so that copying the same part again is announced again.
    setStatus('');
    setStatus((await copyText(value)) ? d.copied[part] : d.copyFailed(value));
  };

  return (
    <ModalDialog
      title={d.heading(room.title || t.dashboard.untitled)}
      closeLabel={d.close}
      onClose={onClose}
      returnFocus={returnFocus}
    >
      <DialInPanel
        state={state}
        status={status}
        t={t}
        onRetry={retry}
        onSwitch={(on) => (on ? void change('enable') : dispatch({ type: 'ask', question: 'disable' }))}
        onAsk={(question) => dispatch({ type: 'ask', question })}
        onConfirm={(question: DialInQuestion) => void change(question)}
        onDismiss={() => dispatch({ type: 'dismiss' })}
        onWithdraw={() => void change('withdraw')}
        onCopy={(part) => void copy(part)}
      />
    </ModalDialog>
  );
}
