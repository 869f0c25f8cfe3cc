/**
 * Why a device could not be opened, in the user's terms:
 * - `denied`: the browser or the operating system refused permission,
 * - `notFound`: no such device (none connected, or the chosen one vanished),
 * - `inUse`: the device exists but another program holds it or the hardware failed,
 * - `insecure`: the page is not in a secure context, so the browser offers no devices at all,
 * - `cancelled`: the person closed the screen picker,
 * - `unknown`: anything else.
 */
export type DeviceFailure = 'denied' | 'notFound' | 'inUse' | 'insecure' | 'cancelled' | 'unknown';

export type Acquired =
  | { readonly ok: true; readonly track: MediaStreamTrack }
  | { readonly ok: false; readonly failure: DeviceFailure };

/** Maps a `getUserMedia`/`getDisplayMedia` rejection to a failure kind (DOMException names per the Media Capture spec). */
export function classifyDeviceError(error: unknown, picker = false): DeviceFailure {
  const name = typeof error === 'object' && error !== null && 'name' in error ? String(error.name) : '';
  switch (name) {
    case 'NotAllowedError':
    case 'PermissionDeniedError':
    case 'SecurityError':
      return picker ? 'cancelled' : 'denied';
    case 'NotFoundError':
    case 'DevicesNotFoundError':
    case 'OverconstrainedError':
      return 'notFound';
    case 'NotReadableError':
    case 'TrackStartError':
    case 'AbortError':
      return 'inUse';
    default:
      return 'unknown';
  }
}

type UserMediaDevices = Pick<MediaDevices, 'getUserMedia'>;

/** Conference-grade constraints: echo cancellation for audio, at most 720p30 for the camera. */
export function constraintsFor(kind: 'audio' | 'video', deviceId?: string): MediaStreamConstraints {
  const device = deviceId ? { deviceId: { exact: deviceId } } : {};
  return kind === 'audio'
    ? { audio: { echoCancellation: true, noiseSuppression: true, autoGainControl: true, ...device } }
    : { video: { width: { ideal: 1280 }, height: { ideal: 720 }, frameRate: { ideal: 30, max: 30 }, ...device } };
}

/**
 * Opens one microphone or camera. Audio and video are acquired separately on purpose, so that a
 * missing camera does not cost the person their microphone. Never throws.
 */
export async function acquireTrack(
  devices: UserMediaDevices | undefined,
  kind: 'audio' | 'video',
  deviceId?: string,
): Promise<Acquired> {
  if (!devices) return { ok: false, failure: 'insecure' };
  try {
    const stream = await devices.getUserMedia(constraintsFor(kind, deviceId));
    const track = kind === 'audio' ? stream.getAudioTracks()[0] : stream.getVideoTracks()[0];
    if (!track) return { ok: false, failure: 'notFound' };
    return { ok: true, track };
  } catch (error) {
    return { ok: false, failure: classifyDeviceError(error) };
  }
}

/** Asks the person to pick a screen or window. Closing the picker yields `cancelled`. Never throws. */
export async function acquireScreen(devices: Pick<MediaDevices, 'getDisplayMedia'> | undefined): Promise<Acquired> {
  if (!devices?.getDisplayMedia) return { ok: false, failure: 'notFound' };
  try {
    const stream = await devices.getDisplayMedia({ video: { frameRate: { max: 15 } }, audio: false });
    const track = stream.getVideoTracks()[0];
    if (!track) return { ok: false, failure: 'cancelled' };
    track.contentHint = 'detail';
    return { ok: true, track };
  } catch (error) {
    return { ok: false, failure: classifyDeviceError(error, true) };
  }
}

export type AcquiredPreferred =
  | { readonly ok: true; readonly track: MediaStreamTrack; readonly fellBack: boolean }
  | { readonly ok: false; readonly failure: DeviceFailure };

/**
 * Opens the remembered or chosen device, and the system default when that device is gone
 * (`fellBack: true`), so a stale preference or an unplugged headset never leaves the person
 * without a microphone or camera. Never throws.
 */
export async function acquirePreferred(
  devices: UserMediaDevices | undefined,
  kind: 'audio' | 'video',
  deviceId?: string,
): Promise<AcquiredPreferred> {
  const first = await acquireTrack(devices, kind, deviceId || undefined);
  if (first.ok) return { ok: true, track: first.track, fellBack: false };
  if (!deviceId || first.failure !== 'notFound') return first;
  const fallback = await acquireTrack(devices, kind);
  return fallback.ok ? { ok: true, track: fallback.track, fellBack: true } : fallback;
}
