/** The widths (px) of the toolbar's controls in one of its densities. */
export interface ToolbarWidths {
  /** Room for the row of controls. */
  readonly available: number;
  /** The controls that always show (microphone, camera, share screen). */
  readonly core: readonly number[];
  /** The other controls, most important first. */
  readonly items: readonly number[];
  /** The "More" button that holds the controls that do not fit. */
  readonly more: number;
  /** The space between two controls. */
  readonly gap: number;
}

/** The toolbar's density (index into the densities given to `planToolbar`) and how many items show in the row. */
export interface ToolbarPlan {
  readonly density: number;
  readonly shown: number;
}

const rowWidth = (widths: readonly number[], gap: number) =>
  widths.reduce((sum, width) => sum + width, 0) + gap * Math.max(0, widths.length - 1);

/**
 * How many of `items`, from the first, fit in one row after the core controls. When not all of them do, the
 * "More" button needs room too; the core controls always show, even when they alone do not fit.
 */
export function fittingItems({ available, core, items, more, gap }: ToolbarWidths): number {
  if (rowWidth([...core, ...items], gap) <= available) return items.length;
  let count = 0;
  while (count < items.length && rowWidth([...core, ...items.slice(0, count + 1), more], gap) <= available) count++;
  return count;
}

/**
 * The roomiest density in which every control fits in one row; when none does, the most compact density with as many
 * items as fit (the rest go into "More").
 */
export function planToolbar(densities: readonly ToolbarWidths[]): ToolbarPlan {
  for (const [density, widths] of densities.entries())
    if (fittingItems(widths) === widths.items.length) return { density, shown: widths.items.length };
  const last = densities.length - 1;
  const compact = densities[last];
  return { density: Math.max(0, last), shown: compact ? fittingItems(compact) : 0 };
}
