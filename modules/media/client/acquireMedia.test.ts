import { describe, expect, it } from 'vitest';
import { acquireTrack, classifyDeviceError } from './acquireMedia.js';

const domError = (name: string) => Object.assign(new Error(name), { name });

describe('acquireMedia', () => {
  it('classifiesBrowserRejectionsInTheUsersTerms', () => {
    expect(classifyDeviceError(domError('NotAllowedError'))).toBe('denied');
    expect(classifyDeviceError(domError('NotAllowedError'), true)).toBe('cancelled');
    expect(classifyDeviceError(domError('NotFoundError'))).toBe('notFound');
    expect(classifyDeviceError(domError('OverconstrainedError'))).toBe('notFound');
    expect(classifyDeviceError(domError('NotReadableError'))).toBe('inUse');
    expect(classifyDeviceError(domError('TypeError'))).toBe('unknown');
    expect(classifyDeviceError('weird')).toBe('unknown');
  });

  it('neverThrowsAndReportsAnInsecureContext', async () => {
    expect(await acquireTrack(undefined, 'audio')).toEqual({ ok: false, failure: 'insecure' });
    const denied = { getUserMedia: () => Promise.reject(domError('NotAllowedError')) };
    expect(await acquireTrack(denied, 'video')).toEqual({ ok: false, failure: 'denied' });
  });

  it('asksForTheChosenDeviceExactly', async () => {
    const asked: MediaStreamConstraints[] = [];
    const track = { kind: 'audio' } as MediaStreamTrack;
    const devices = {
      getUserMedia: async (c?: MediaStreamConstraints) => {
        if (c) asked.push(c);
        return { getAudioTracks: () => [track], getVideoTracks: () => [] } as unknown as MediaStream;
      },
    };
    expect(await acquireTrack(devices, 'audio', 'mic-2')).toEqual({ ok: true, track });
    expect(asked[0]?.audio).toMatchObject({ deviceId: { exact: 'mic-2' }, echoCancellation: true });
  });
});
