import { describe, expect, it } from 'vitest';
import type { ObserveSize } from './sizeWatch.js';
import { watchSize } from './sizeWatch.js';
import type { Box } from './stageLayout.js';

/** Stand-ins for elements: only their identity and size matter here. */
const element = (width: number) => ({ width }) as unknown as HTMLElement;
const widthOf = (el: HTMLElement) => (el as unknown as { width: number }).width;

/** A watch over fake elements with a fake observer that records what it observes and can fire. */
function setup() {
  const sizes: Box[] = [];
  const observed = new Map<HTMLElement, () => void>();
  const observe: ObserveSize = (el, changed) => {
    observed.set(el, changed);
    return () => observed.delete(el);
  };
  const watch = watchSize(
    (box) => sizes.push(box),
    observe,
    (el) => ({ width: widthOf(el), height: 10 }),
  );
  return { sizes, observed, watch };
}

describe('watchSize', () => {
  it('reportsTheSizeAtOnceAndOnEveryChange', () => {
    const { sizes, observed, watch } = setup();
    const toolbar = element(1280);
    watch.follow(toolbar);
    expect(sizes).toEqual([{ width: 1280, height: 10 }]);
    (toolbar as unknown as { width: number }).width = 1000;
    observed.get(toolbar)?.();
    expect(sizes.at(-1)).toEqual({ width: 1000, height: 10 });
  });

  it('followsTheElementThatReplacedTheWatchedOne', () => {
    // The meeting's toolbar, then the waiting screen (no toolbar), then a new toolbar once let in.
    const { sizes, observed, watch } = setup();
    const before = element(1280);
    watch.follow(before);
    watch.follow(null);
    expect(sizes.at(-1)).toEqual({ width: 0, height: 0 });
    expect(observed.has(before)).toBe(false);
    const after = element(1280);
    watch.follow(after);
    expect(sizes.at(-1)).toEqual({ width: 1280, height: 10 });
    expect([...observed.keys()]).toEqual([after]);
  });

  it('changesNothingForTheSameElementAndStopsForGood', () => {
    const { sizes, observed, watch } = setup();
    const toolbar = element(800);
    watch.follow(toolbar);
    watch.follow(toolbar);
    expect(sizes).toHaveLength(1);
    watch.stop();
    expect(observed.size).toBe(0);
    watch.follow(toolbar);
    expect(sizes).toHaveLength(2);
  });
});
