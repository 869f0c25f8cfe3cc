import { describe, expect, it } from 'vitest';
import { defaultDevicePreferences, localDevicePreferences, parseDevicePreferences } from './devicePreferences.js';

function fakeStorage(initial: Record<string, string> = {}) {
  const data = new Map(Object.entries(initial));
  return {
    data,
    getItem: (key: string) => data.get(key) ?? null,
    setItem: (key: string, value: string) => void data.set(key, value),
  } as unknown as Storage & { data: Map<string, string> };
}

describe('devicePreferences', () => {
  it('storesDeviceIdsOnly', () => {
    const storage = fakeStorage();
    const store = localDevicePreferences(() => storage);
    const withName = { camera: 'cam', microphone: 'mic', speaker: 'spk', label: 'Jane’s headset' };
    store.save(withName);
    expect(JSON.parse(storage.getItem('plenum.devices') ?? '')).toEqual({
      camera: 'cam',
      microphone: 'mic',
      speaker: 'spk',
    });
    expect(store.load()).toEqual({ camera: 'cam', microphone: 'mic', speaker: 'spk' });
  });

  it('fallsBackToDefaultsForMissingOrTamperedData', () => {
    expect(parseDevicePreferences(null)).toEqual(defaultDevicePreferences);
    expect(parseDevicePreferences('{not json')).toEqual(defaultDevicePreferences);
    expect(parseDevicePreferences('[]')).toEqual(defaultDevicePreferences);
    expect(parseDevicePreferences(JSON.stringify({ speaker: 'spk', camera: 42 }))).toEqual({
      camera: '',
      microphone: '',
      speaker: 'spk',
    });
  });

  it('survivesABrowserThatRefusesStorage', () => {
    const store = localDevicePreferences(() => {
      throw new Error('SecurityError');
    });
    expect(store.load()).toEqual(defaultDevicePreferences);
    expect(() => store.save(defaultDevicePreferences)).not.toThrow();
  });
});
