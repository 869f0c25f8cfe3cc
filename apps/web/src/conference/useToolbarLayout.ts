import { type RefObject, useLayoutEffect, useRef, useState } from 'react';
import { planToolbar, type ToolbarPlan, type ToolbarWidths } from './toolbarLayout.js';

/** The toolbar's densities, roomiest first: labels in one line, labels wrapped, icons only. */
export const toolbarDensities = ['full', 'dense', 'icons'] as const;
export type ToolbarDensity = (typeof toolbarDensities)[number];

/** Widths assumed for controls not measured yet in a density (px). */
const assumed: Record<ToolbarDensity, number> = { full: 110, dense: 80, icons: 48 };

const px = (value: string) => Number.parseFloat(value) || 0;

/**
 * Which density the toolbar in `ref` uses and how many of the controls `keys` (most important first) show in its row;
 * the rest go into "More". Controls to measure carry `data-measure`: `core:…` for those that always show in the row,
 * `leave` beside the row, `more`, and each item's key. Widths are measured as rendered and kept per density, so a
 * control that moved into "More" still counts with its last width. `signature` changes when widths may (labels).
 */
export function useToolbarLayout(
  ref: RefObject<HTMLElement | null>,
  keys: readonly string[],
  signature: string,
): { readonly density: ToolbarDensity; readonly shown: number } {
  const [plan, setPlan] = useState<ToolbarPlan>({ density: 0, shown: keys.length });
  const [room, setRoom] = useState(0);
  const widths = useRef(new Map<string, number>());

  useLayoutEffect(() => {
    const element = ref.current;
    if (!element) return;
    const measure = () => {
      const style = getComputedStyle(element);
      setRoom(element.clientWidth - px(style.paddingLeft) - px(style.paddingRight));
    };
    measure();
    if (typeof ResizeObserver === 'undefined') {
      window.addEventListener('resize', measure);
      return () => window.removeEventListener('resize', measure);
    }
    const observer = new ResizeObserver(measure);
    observer.observe(element);
    return () => observer.disconnect();
  }, [ref]);

  const keyList = keys.join('\n');
  // biome-ignore lint/correctness/useExhaustiveDependencies: keyList and signature stand for what the row renders
  useLayoutEffect(() => {
    const element = ref.current;
    if (!element || room <= 0) return;
    const rendered = toolbarDensities[plan.density] ?? 'full';
    for (const node of element.querySelectorAll<HTMLElement>('[data-measure]'))
      widths.current.set(`${rendered}:${node.dataset.measure}`, node.getBoundingClientRect().width);
    const group = element.querySelector<HTMLElement>('.toolbar__group');
    const gap = group ? px(getComputedStyle(group).columnGap) : 0;
    const besideGap = px(getComputedStyle(element).columnGap);
    const core = [...element.querySelectorAll<HTMLElement>('[data-measure^="core:"]')].map((n) => n.dataset.measure);
    const densities = toolbarDensities.map((density): ToolbarWidths => {
      const width = (key: string | undefined) => widths.current.get(`${density}:${key}`) ?? assumed[density];
      return {
        available: room - width('leave') - besideGap,
        core: core.map(width),
        items: keys.map(width),
        more: width('more'),
        gap,
      };
    });
    const next = planToolbar(densities);
    setPlan((current) => (current.density === next.density && current.shown === next.shown ? current : next));
  }, [ref, room, plan, keyList, signature]);

  return { density: toolbarDensities[plan.density] ?? 'full', shown: Math.min(plan.shown, keys.length) };
}
