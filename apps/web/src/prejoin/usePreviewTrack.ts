import { acquirePreferred, type DeviceFailure } from '@plenum/module-media/client';
import { useEffect, useRef, useState } from 'react';

export type PreviewState =
  | { readonly status: 'off' }
  | { readonly status: 'starting' }
  | { readonly status: 'live'; readonly track: MediaStreamTrack }
  | { readonly status: 'failed'; readonly failure: DeviceFailure };

/**
 * Keeps one local preview track of `kind` open while `enabled`, reopening it when the device
 * or `retry` changes. The track is stopped when replaced or on unmount, unless `keep()` was
 * called (the join hands it over to the conference session). When the chosen device is gone,
 * the default device is opened and `onFellBack` tells the owner to show the default as chosen.
 */
export function usePreviewTrack(
  kind: 'audio' | 'video',
  deviceId: string,
  enabled: boolean,
  retry: number,
  onAcquired: () => void,
  onFellBack: () => void = () => undefined,
) {
  const [state, setState] = useState<PreviewState>({ status: enabled ? 'starting' : 'off' });
  const kept = useRef(false);
  const acquiredCallback = useRef(onAcquired);
  acquiredCallback.current = onAcquired;
  const fellBackCallback = useRef(onFellBack);
  fellBackCallback.current = onFellBack;

  // biome-ignore lint/correctness/useExhaustiveDependencies: `retry` re-opens the device on "Try again"
  useEffect(() => {
    if (!enabled) {
      setState({ status: 'off' });
      return;
    }
    let cancelled = false;
    let track: MediaStreamTrack | null = null;
    setState({ status: 'starting' });
    void acquirePreferred(navigator.mediaDevices, kind, deviceId || undefined).then((result) => {
      if (cancelled) {
        if (result.ok) result.track.stop();
        return;
      }
      if (result.ok) {
        track = result.track;
        setState({ status: 'live', track: result.track });
      } else {
        setState({ status: 'failed', failure: result.failure });
      }
      acquiredCallback.current();
      if (result.ok && result.fellBack) fellBackCallback.current();
    });
    return () => {
      cancelled = true;
      if (track && !kept.current) track.stop();
    };
  }, [kind, deviceId, enabled, retry]);

  return {
    state,
    keep: () => {
      kept.current = true;
    },
  };
}
