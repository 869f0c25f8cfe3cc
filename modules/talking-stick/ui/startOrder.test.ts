import { describe, expect, it } from 'vitest';
import { arrangedPeople, moved } from './startOrder.js';
import { ALICE, BOB, CAROL, roster } from './uiFixtures.test-support.js';

describe('startOrder', () => {
  it('keepsTheArrangedOrderPutsNewcomersLastAndNeverOffersTheRecorder', () => {
    expect(arrangedPeople(roster, []).map((p) => p.id)).toEqual([ALICE, BOB, CAROL]);
    expect(arrangedPeople(roster, [CAROL, 'gone-participant-00009' as never]).map((p) => p.id)).toEqual([
      CAROL,
      ALICE,
      BOB,
    ]);
  });

  it('movesOneStepAndNothingPastTheEnds', () => {
    const ids = [ALICE, BOB, CAROL];
    expect(moved(ids, 1, -1)).toEqual([BOB, ALICE, CAROL]);
    expect(moved(ids, 1, 1)).toEqual([ALICE, CAROL, BOB]);
    expect(moved(ids, 0, -1)).toBe(ids);
    expect(moved(ids, 2, 1)).toBe(ids);
  });
});
