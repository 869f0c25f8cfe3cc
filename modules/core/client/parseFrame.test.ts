import { describe, expect, it } from 'vitest';
import { coreProtocol } from '../protocol.js';
import { aliceLeftFrame, joinedFrame, roomFullFrame } from './fixtures.test-support.js';
import { parseFrame } from './parseFrame.js';

describe('parseFrame', () => {
  it('parsesAKnownEventAndKeepsItsTag', () => {
    const parsed = parseFrame(coreProtocol, aliceLeftFrame);
    expect(parsed).toEqual({
      kind: 'event',
      event: { event: 'participantLeft', participantId: aliceLeftFrame.participantId, reason: 'timedOut' },
    });
  });

  it('parsesAnErrorWithItsCommandId', () => {
    expect(parseFrame(coreProtocol, roomFullFrame)).toEqual({
      kind: 'error',
      id: 'c1',
      error: { error: 'roomFull', maxParticipants: 250 },
    });
  });

  it('ignoresOtherNamespacesUnknownTagsAndInvalidFields', () => {
    expect(parseFrame(coreProtocol, { ...aliceLeftFrame, ns: 'media' })).toBeNull();
    expect(parseFrame(coreProtocol, { ns: 'core', event: 'somethingNew' })).toBeNull();
    expect(parseFrame(coreProtocol, { ns: 'core', event: 'toString' })).toBeNull();
    expect(parseFrame(coreProtocol, { ...joinedFrame, participants: 'nope' })).toBeNull();
    expect(parseFrame(coreProtocol, null)).toBeNull();
    expect(parseFrame(coreProtocol, [1, 2])).toBeNull();
  });
});
