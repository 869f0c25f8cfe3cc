import { type RefObject, useLayoutEffect, useRef, useState } from 'react';
import { type KeyedPlan, planItems, type ToolbarWidths } from './toolbarLayout.js';
import { useElementSize } from './useElementSize.js';

/** The toolbar's densities, roomiest first: labels in one line, labels wrapped, icons only. */
export const toolbarDensities = ['full', 'dense', 'icons'] as const;
/** How many of the densities show labels. */
const labelled = 2;
/** How much room (px) a better plan needs to spare before it replaces the one in use (more than a scroll bar). */
const slack = 24;
export type ToolbarDensity = (typeof toolbarDensities)[number];

/** Widths assumed for controls not measured yet in a density (px). */
const assumed: Record<ToolbarDensity, number> = { full: 110, dense: 80, icons: 48 };

const px = (value: string) => Number.parseFloat(value) || 0;

/**
 * Which density the toolbar in `ref` uses and how many of the controls `keys` (most important first) show in its row;
 * the rest go into "More" (see `planToolbar`: labels are kept as long as the core controls and "More" fit with
 * them). Controls to measure carry `data-measure`: `core:…` for those that always show in the row, `leave` beside
 * the row, `more`, and each item's key. Widths are measured as rendered and kept per density, so a control that moved
 * into "More" still counts with its last width; a control not laid out (measured 0 wide) does not count. `signature`
 * changes when widths may (labels). The plan follows the toolbar's own width (also when the toolbar is rendered anew,
 * after the waiting screen), with hysteresis: it does not flap when that changes by a few pixels. A plan is kept only
 * for the controls it was made for.
 */
export function useToolbarLayout(
  ref: RefObject<HTMLElement | null>,
  keys: readonly string[],
  signature: string,
): { readonly density: ToolbarDensity; readonly shown: number } {
  const [plan, setPlan] = useState<KeyedPlan>({ density: 0, shown: keys.length, keys });
  const { width } = useElementSize(ref);
  const widths = useRef(new Map<string, number>());

  const keyList = keys.join('\n');
  // biome-ignore lint/correctness/useExhaustiveDependencies: keyList and signature stand for what the row renders
  useLayoutEffect(() => {
    const element = ref.current;
    const style = element && getComputedStyle(element);
    const room = width - px(style?.paddingLeft ?? '') - px(style?.paddingRight ?? '');
    if (!element || room <= 0) return;
    const rendered = toolbarDensities[plan.density] ?? 'full';
    for (const node of element.querySelectorAll<HTMLElement>('[data-measure]')) {
      const measured = node.getBoundingClientRect().width;
      if (measured > 0) widths.current.set(`${rendered}:${node.dataset.measure}`, measured);
    }
    const group = element.querySelector<HTMLElement>('.toolbar__group');
    const gap = group ? px(getComputedStyle(group).columnGap) : 0;
    const besideGap = px(getComputedStyle(element).columnGap);
    const core = [...element.querySelectorAll<HTMLElement>('[data-measure^="core:"]')].map((n) => n.dataset.measure);
    const densities = toolbarDensities.map((density): ToolbarWidths => {
      const widthOf = (key: string | undefined) => widths.current.get(`${density}:${key}`) ?? assumed[density];
      return {
        available: room - widthOf('leave') - besideGap,
        core: core.map(widthOf),
        items: keys.map(widthOf),
        more: widthOf('more'),
        gap,
      };
    });
    const next = planItems(keys, densities, { labelled, slack, inUse: plan });
    setPlan((current) =>
      current.density === next.density && current.shown === next.shown && current.keys.join('\n') === keyList
        ? current
        : next,
    );
  }, [ref, width, plan, keyList, signature]);

  // Until there is a plan for these controls, all of them show in the row: so they are measured as they are.
  const planned = plan.keys.join('\n') === keyList;
  return { density: toolbarDensities[plan.density] ?? 'full', shown: planned ? plan.shown : keys.length };
}
