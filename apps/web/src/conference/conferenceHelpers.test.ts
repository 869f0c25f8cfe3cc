import { describe, expect, it } from 'vitest';
import { canShareScreen } from './Conference.js';

describe('conference helpers', () => {
  it('offersScreenSharingOnlyWhereGetDisplayMediaExists', () => {
    expect(canShareScreen({ mediaDevices: { getDisplayMedia: async () => ({}) as MediaStream } })).toBe(true);
    expect(canShareScreen({ mediaDevices: {} })).toBe(false);
    expect(canShareScreen({ mediaDevices: undefined })).toBe(false);
    expect(canShareScreen(undefined)).toBe(false);
  });
});
