import { useCallback, useEffect, useState } from 'react';

export interface DeviceList {
  readonly cameras: readonly MediaDeviceInfo[];
  readonly microphones: readonly MediaDeviceInfo[];
  readonly speakers: readonly MediaDeviceInfo[];
}

const empty: DeviceList = { cameras: [], microphones: [], speakers: [] };

/**
 * The machine's cameras, microphones and speakers, refreshed on `devicechange` and on demand
 * (labels only appear after a permission was granted, so call `refresh` after acquiring).
 */
export function useDeviceList(): { readonly devices: DeviceList; readonly refresh: () => void } {
  const [devices, setDevices] = useState<DeviceList>(empty);
  const refresh = useCallback(() => {
    const media = navigator.mediaDevices;
    if (!media?.enumerateDevices) return;
    media.enumerateDevices().then(
      (all) =>
        setDevices({
          cameras: all.filter((d) => d.kind === 'videoinput' && d.deviceId),
          microphones: all.filter((d) => d.kind === 'audioinput' && d.deviceId),
          speakers: all.filter((d) => d.kind === 'audiooutput' && d.deviceId),
        }),
      () => setDevices(empty),
    );
  }, []);
  useEffect(() => {
    refresh();
    const media = navigator.mediaDevices;
    media?.addEventListener('devicechange', refresh);
    return () => media?.removeEventListener('devicechange', refresh);
  }, [refresh]);
  return { devices, refresh };
}
