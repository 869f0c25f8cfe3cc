import { describe, expect, it } from 'vitest';
import { fittingItems, planToolbar, type ToolbarWidths } from './toolbarLayout.js';

const widths = (available: number, item: number, count = 10): ToolbarWidths => ({
  available,
  core: [item, item, item],
  items: Array.from({ length: count }, () => item),
  more: item,
  gap: 10,
});

describe('fittingItems', () => {
  it('showsEveryItemWhenAllFitWithoutMore', () => {
    // 13 controls of 50 and 12 gaps of 10: exactly 770.
    expect(fittingItems(widths(770, 50))).toBe(10);
  });

  it('keepsRoomForMoreWhenNotAllFit', () => {
    // Core (3) + n items + More, each 50 wide: 50(4 + n) + 10(3 + n) ≤ 769 for n up to 8.
    expect(fittingItems(widths(769, 50))).toBe(8);
  });

  it('showsNoItemWhenOnlyTheCoreAndMoreFit', () => {
    expect(fittingItems(widths(230, 50))).toBe(0);
    expect(fittingItems(widths(100, 50))).toBe(0);
  });

  it('takesItemsInOrderAndStopsAtTheFirstThatDoesNotFit', () => {
    expect(fittingItems({ available: 300, core: [50], items: [50, 200, 10], more: 40, gap: 0 })).toBe(1);
  });

  it('needsNoMoreWithoutItems', () => {
    expect(fittingItems({ available: 10, core: [50, 50], items: [], more: 40, gap: 5 })).toBe(0);
  });
});

describe('planToolbar', () => {
  it('prefersTheRoomiestDensityInWhichEverythingFits', () => {
    expect(planToolbar([widths(1100, 100), widths(1100, 70), widths(1100, 48)])).toEqual({ density: 1, shown: 10 });
    expect(planToolbar([widths(2000, 100), widths(2000, 48)])).toEqual({ density: 0, shown: 10 });
  });

  it('overflowsFromTheMostCompactDensityWhenNothingFits', () => {
    // 360 px phone: 3 core + More + 2 items of 48 with 6 px gaps = 6 * 48 + 5 * 6 = 318.
    const phone = { available: 330, core: [48, 48, 48], items: Array(10).fill(48), more: 48, gap: 6 };
    expect(planToolbar([{ ...phone, core: [90, 90, 90], items: Array(10).fill(90) }, phone])).toEqual({
      density: 1,
      shown: 2,
    });
  });
});
