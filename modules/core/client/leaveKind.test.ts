import { describe, expect, it } from 'vitest';
import { LeaveReason } from '../protocol.js';
import { leaveKind } from './leaveKind.js';

describe('leaveKind', () => {
  it('tellsWhatHappenedInsteadOfSayingEveryoneLeft', () => {
    expect(LeaveReason.options.map((reason) => [reason, leaveKind(reason)])).toEqual([
      ['left', 'left'],
      ['timedOut', 'lostConnection'],
      ['removed', 'removed'],
      ['roomClosed', null],
      ['sentToWaitingRoom', 'sentToWaitingRoom'],
    ]);
  });
});
