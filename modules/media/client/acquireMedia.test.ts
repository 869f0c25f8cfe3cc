import { describe, expect, it } from 'vitest';
import { acquirePreferred, acquireTrack, classifyDeviceError } from './acquireMedia.js';

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

  it('fallsBackToTheDefaultDeviceWhenTheChosenOneIsGone', async () => {
    const track = { kind: 'video' } as MediaStreamTrack;
    const asked: (string | undefined)[] = [];
    const devices = {
      getUserMedia: async (c?: MediaStreamConstraints) => {
        const video = c?.video as MediaTrackConstraints;
        const id = (video.deviceId as ConstrainDOMStringParameters | undefined)?.exact as string | undefined;
        asked.push(id);
        if (id === 'gone') throw domError('OverconstrainedError');
        return { getAudioTracks: () => [], getVideoTracks: () => [track] } as unknown as MediaStream;
      },
    };
    expect(await acquirePreferred(devices, 'video', 'gone')).toEqual({ ok: true, track, fellBack: true });
    expect(await acquirePreferred(devices, 'video', 'cam-1')).toEqual({ ok: true, track, fellBack: false });
    expect(asked).toEqual(['gone', undefined, 'cam-1']);
    const denied = { getUserMedia: () => Promise.reject(domError('NotAllowedError')) };
    expect(await acquirePreferred(denied, 'video', 'cam-1')).toEqual({ ok: false, failure: 'denied' });
  });
});
