import { coreLimits } from '@plenum/module-core/protocol';
import {
  CameraIcon,
  CameraOffIcon,
  DeviceSelect,
  MicIcon,
  MicLevelMeter,
  MicOffIcon,
  supportsSpeakerSelection,
  TrackVideo,
} from '@plenum/module-media/ui';
import { type FormEvent, useEffect, useId, useMemo, useState } from 'react';
import type { SessionInit } from '../conference/ConferenceSession.js';
import { localDevicePreferences } from '../conference/devicePreferences.js';
import { useI18n } from '../i18n/I18nProvider.js';
import { useSession } from '../session/SessionProvider.js';
import { PageShell } from '../shell/PageShell.js';
import { TextField } from '../shell/TextField.js';
import { ToggleButton } from '../shell/ToggleButton.js';
import { useDocumentTitle } from '../shell/useDocumentTitle.js';
import { useFocusHeading } from '../shell/useFocusHeading.js';
import { checkDisplayName, type NameProblem, nameProblemText } from './checkDisplayName.js';
import { useDeviceList } from './useDeviceList.js';
import { usePreviewTrack } from './usePreviewTrack.js';

/** What the person decided on the pre-join screen; the tracks now belong to the conference. */
export type JoinChoice = SessionInit;

const nameKey = 'plenum.displayName';

function savedName(): string {
  try {
    return localStorage.getItem(nameKey) ?? '';
  } catch {
    return '';
  }
}

const canPickSpeaker = supportsSpeakerSelection();

/**
 * Pre-join: name, live camera and microphone preview with level meter, device choice, and
 * whether to start muted or without camera. A missing or blocked device is explained with
 * how to fix it, and never blocks joining.
 */
export function PreJoin({
  title,
  onJoin,
  initialName,
  resumeExpired = false,
}: {
  readonly title: string;
  readonly onJoin: (choice: JoinChoice) => void;
  /** The name to fill in (the one used before a reload); otherwise the signed-in user's, else the remembered one. */
  readonly initialName?: string | undefined;
  /** Coming back from a reload whose seat the server no longer kept: say why this screen shows. */
  readonly resumeExpired?: boolean;
}) {
  const { t } = useI18n();
  const heading = useFocusHeading<HTMLHeadingElement>();
  useDocumentTitle(title || t.room.untitled, t.appName);
  const nameId = useId();
  const { session } = useSession();
  const accountName = session.status === 'signedIn' ? session.user.displayName : undefined;
  const [name, setName] = useState(() => initialName ?? accountName ?? savedName());
  const [nameEdited, setNameEdited] = useState(false);
  // The session may arrive after this screen: fill in the account's name unless the person already typed one.
  // biome-ignore lint/correctness/useExhaustiveDependencies: only a newly known account name should fill the field
  useEffect(() => {
    if (accountName !== undefined && initialName === undefined && !nameEdited) setName(accountName);
  }, [accountName]);
  const [nameError, setNameError] = useState<NameProblem | null>(null);
  const [micMuted, setMicMuted] = useState(false);
  const [cameraOff, setCameraOff] = useState(false);
  // Device choices are remembered by id only; a remembered device that is gone falls back to the default.
  const preferences = useMemo(() => localDevicePreferences(), []);
  const [saved] = useState(() => preferences.load());
  const [micId, setMicId] = useState(saved.microphone);
  const [cameraId, setCameraId] = useState(saved.camera);
  const [speakerId, setSpeakerId] = useState(saved.speaker);
  const [retry, setRetry] = useState(0);
  const { devices, refresh } = useDeviceList();
  const mic = usePreviewTrack('audio', micId, true, retry, refresh, () => setMicId(''));
  const camera = usePreviewTrack('video', cameraId, !cameraOff, retry, refresh, () => setCameraId(''));
  // An empty list means "not known yet" (no permission): keep the remembered speaker until then.
  const knownSpeaker =
    speakerId === '' || devices.speakers.length === 0 || devices.speakers.some((d) => d.deviceId === speakerId);

  const join = (event: FormEvent) => {
    event.preventDefault();
    const checked = checkDisplayName(name);
    if (!checked.ok) {
      setNameError(checked.problem);
      document.getElementById(nameId)?.focus();
      return;
    }
    try {
      localStorage.setItem(nameKey, checked.name);
    } catch {
      // Not remembered in private mode; harmless.
    }
    mic.keep();
    camera.keep();
    const speakerDeviceId = knownSpeaker ? speakerId : '';
    preferences.save({ camera: cameraId, microphone: micId, speaker: speakerDeviceId });
    onJoin({
      displayName: checked.name,
      microphone: mic.state.status === 'live' ? mic.state.track : null,
      camera: camera.state.status === 'live' ? camera.state.track : null,
      microphoneMuted: micMuted,
      microphoneDeviceId: micId,
      cameraDeviceId: cameraId,
      speakerDeviceId,
    });
  };

  const failed = mic.state.status === 'failed' || camera.state.status === 'failed';
  // A blocked or missing device is off, whatever the person chose: the toggle must not look on.
  // Pressing it then means "try to turn it on" and opens the device again.
  const micOff = micMuted || mic.state.status === 'failed';
  const cameraShownOff = cameraOff || camera.state.status === 'failed';
  const toggleMic = () => {
    if (mic.state.status === 'failed') {
      setMicMuted(false);
      setRetry((n) => n + 1);
    } else setMicMuted((m) => !m);
  };
  const toggleCamera = () => {
    if (camera.state.status === 'failed') {
      setCameraOff(false);
      setRetry((n) => n + 1);
    } else setCameraOff((c) => !c);
  };
  const nameErrorText = nameError === null ? undefined : nameProblemText(t.prejoin, nameError);
  return (
    <PageShell>
      <div className="prejoin">
        <h1 ref={heading} tabIndex={-1}>
          {title ? t.prejoin.heading(title) : t.prejoin.headingUntitled}
        </h1>
        <p className="lead">{t.prejoin.intro}</p>
        {resumeExpired && (
          <p className="message message--warning" role="status">
            {t.prejoin.resumeExpired}
          </p>
        )}
        <div className="prejoin__layout">
          <div className="prejoin__preview">
            <div className="preview" data-video={String(camera.state.status === 'live')}>
              {camera.state.status === 'live' ? (
                <TrackVideo track={camera.state.track} mirrored />
              ) : (
                <p className="preview__placeholder">
                  {camera.state.status === 'starting'
                    ? t.prejoin.startingDevices
                    : camera.state.status === 'failed'
                      ? t.prejoin.cameraUnavailable
                      : t.prejoin.cameraOffPreview}
                </p>
              )}
              <div className="preview__toggles">
                <ToggleButton
                  label={t.controls.muteMicrophone}
                  pressed={micOff}
                  onClick={toggleMic}
                  icon={micOff ? <MicOffIcon /> : <MicIcon />}
                  variant="round"
                />
                <ToggleButton
                  label={t.controls.turnCameraOff}
                  pressed={cameraShownOff}
                  onClick={toggleCamera}
                  icon={cameraShownOff ? <CameraOffIcon /> : <CameraIcon />}
                  variant="round"
                />
              </div>
            </div>
            {mic.state.status === 'live' && <MicLevelMeter track={mic.state.track} messages={t.media} />}
            {failed && (
              <div className="message message--warning" role="alert">
                {mic.state.status === 'failed' && <p>{t.prejoin.micProblem[mic.state.failure]}</p>}
                {camera.state.status === 'failed' && <p>{t.prejoin.cameraProblem[camera.state.failure]}</p>}
                <p>{t.prejoin.joinWithout}</p>
                <button type="button" className="button button--small" onClick={() => setRetry((n) => n + 1)}>
                  {t.prejoin.retryDevices}
                </button>
              </div>
            )}
          </div>
          <form className="prejoin__form card" onSubmit={join} noValidate>
            <TextField
              id={nameId}
              label={t.prejoin.nameLabel}
              hint={t.prejoin.nameHint}
              error={nameErrorText}
              value={name}
              maxLength={coreLimits.displayNameMaxLength}
              autoComplete="name"
              required
              onValueChange={(value) => {
                setName(value);
                setNameEdited(true);
                setNameError(null);
              }}
            />
            <DeviceSelect
              kind="camera"
              devices={devices.cameras}
              value={cameraId}
              onChange={setCameraId}
              messages={t.media}
            />
            <DeviceSelect
              kind="microphone"
              devices={devices.microphones}
              value={micId}
              onChange={setMicId}
              messages={t.media}
            />
            {canPickSpeaker && (
              <DeviceSelect
                kind="speaker"
                devices={devices.speakers}
                value={knownSpeaker ? speakerId : ''}
                onChange={setSpeakerId}
                messages={t.media}
              />
            )}
            <button type="submit" className="button button--primary button--large">
              {t.prejoin.join}
            </button>
          </form>
        </div>
      </div>
    </PageShell>
  );
}
