import { z } from 'zod';

/**
 * The person's device choices by `deviceId`; '' is the system default. Only ids are kept,
 * never device names: names can identify hardware (and people) and are not needed to select.
 */
export interface DevicePreferences {
  readonly camera: string;
  readonly microphone: string;
  readonly speaker: string;
}

export interface DevicePreferenceStore {
  load(): DevicePreferences;
  save(preferences: DevicePreferences): void;
}

export const defaultDevicePreferences: DevicePreferences = { camera: '', microphone: '', speaker: '' };

const storageKey = 'plenum.devices';
const DeviceId = z.string().max(256).catch('');
const Stored = z.object({ camera: DeviceId, microphone: DeviceId, speaker: DeviceId });

/** Reads stored preferences; anything unreadable or tampered with falls back to the defaults. */
export function parseDevicePreferences(raw: string | null): DevicePreferences {
  if (!raw) return defaultDevicePreferences;
  let json: unknown;
  try {
    json = JSON.parse(raw);
  } catch {
    return defaultDevicePreferences;
  }
  const parsed = Stored.safeParse(json);
  return parsed.success ? parsed.data : defaultDevicePreferences;
}

/** Preferences in `localStorage`; a browser that refuses storage (private mode) just forgets. */
export function localDevicePreferences(
  storage: () => Storage | undefined = () => globalThis.localStorage,
): DevicePreferenceStore {
  return {
    load: () => {
      try {
        return parseDevicePreferences(storage()?.getItem(storageKey) ?? null);
      } catch {
        return defaultDevicePreferences;
      }
    },
    save: (preferences) => {
      try {
        const { camera, microphone, speaker } = preferences;
        storage()?.setItem(storageKey, JSON.stringify({ camera, microphone, speaker }));
      } catch {
        // Not remembered; harmless.
      }
    },
  };
}

/** A store that lives as long as the object; for tests and for browsers without storage. */
export function memoryDevicePreferences(
  initial: DevicePreferences = defaultDevicePreferences,
): DevicePreferenceStore & {
  readonly saved: DevicePreferences[];
} {
  let current = initial;
  const saved: DevicePreferences[] = [];
  return {
    saved,
    load: () => current,
    save: (preferences) => {
      current = preferences;
      saved.push(preferences);
    },
  };
}
