import type { DeviceFailure } from '@plenum/module-media/client';
import { DeviceSelect, MicLevelMeter, supportsSpeakerSelection } from '@plenum/module-media/ui';
import { type RefObject, useState } from 'react';
import { useI18n } from '../i18n/I18nProvider.js';
import { useDeviceList } from '../prejoin/useDeviceList.js';
import { ModalDialog } from '../shell/ModalDialog.js';
import type { ConferenceSession, SessionSnapshot } from './ConferenceSession.js';

export interface SettingsDialogProps {
  readonly session: ConferenceSession;
  readonly local: SessionSnapshot['local'];
  readonly devices: SessionSnapshot['devices'];
  readonly onClose: () => void;
  readonly returnFocus: RefObject<HTMLElement | null>;
}

type Problem = { readonly kind: 'microphone' | 'camera'; readonly failure: DeviceFailure };

/**
 * Device settings during the meeting: camera, microphone (with level meter) and, where the
 * browser can route audio, speaker. A switch takes effect at once; when the new device cannot
 * be opened, the old one stays and the reason is explained as on the pre-join screen.
 */
export function SettingsDialog({ session, local, devices, onClose, returnFocus }: SettingsDialogProps) {
  const { t } = useI18n();
  const { devices: available, refresh } = useDeviceList();
  const [problem, setProblem] = useState<Problem | null>(null);
  const [switching, setSwitching] = useState(false);

  const choose = async (kind: 'microphone' | 'camera', deviceId: string) => {
    setProblem(null);
    setSwitching(true);
    const failure = await (kind === 'microphone' ? session.selectMicrophone(deviceId) : session.selectCamera(deviceId));
    setSwitching(false);
    if (failure) setProblem({ kind, failure });
    refresh();
  };

  return (
    <ModalDialog title={t.settings.heading} closeLabel={t.settings.close} onClose={onClose} returnFocus={returnFocus}>
      <p className="modal__intro">{t.settings.intro}</p>
      {problem && (
        <div className="message message--warning" role="alert">
          <p>
            {problem.kind === 'microphone'
              ? t.prejoin.micProblem[problem.failure]
              : t.prejoin.cameraProblem[problem.failure]}
          </p>
        </div>
      )}
      <p className="visually-hidden" role="status">
        {switching ? t.settings.switching : ''}
      </p>
      <DeviceSelect
        kind="camera"
        devices={available.cameras}
        value={devices.camera}
        onChange={(id) => void choose('camera', id)}
        messages={t.media}
      />
      {!local.camera && <p className="field__hint settings__hint">{t.settings.cameraOffHint}</p>}
      <DeviceSelect
        kind="microphone"
        devices={available.microphones}
        value={devices.microphone}
        onChange={(id) => void choose('microphone', id)}
        messages={t.media}
      />
      {local.microphone ? (
        <div className="settings__meter">
          <MicLevelMeter track={local.microphone} messages={t.media} />
          {local.microphoneMuted && <p className="field__hint">{t.settings.mutedHint}</p>}
        </div>
      ) : (
        <p className="field__hint settings__hint">{t.settings.noMicrophoneHint}</p>
      )}
      {supportsSpeakerSelection() && (
        <DeviceSelect
          kind="speaker"
          devices={available.speakers}
          value={devices.speaker}
          onChange={(id) => session.selectSpeaker(id)}
          messages={t.media}
        />
      )}
    </ModalDialog>
  );
}
