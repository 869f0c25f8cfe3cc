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

export interface PlanOptions {
  /** How many of the densities, from the first, show the controls' labels (the rest show icons only). */
  readonly labelled: number;
  /** The plan in use: kept while it fits, unless another one is better by more than `slack`. */
  readonly previous?: ToolbarPlan;
  /** How much room (px) a better plan must have to spare before it replaces `previous`, so that it does not flap. */
  readonly slack?: number;
}

const rowWidth = (widths: readonly number[], gap: number) =>
  widths.reduce((sum, width) => sum + width, 0) + gap * Math.max(0, widths.length - 1);

/** Whether the core controls and the first `shown` items fit in one row (with "More" when some items do not show). */
export function fitsRow({ available, core, items, more, gap }: ToolbarWidths, shown: number): boolean {
  const overflow = shown < items.length ? [more] : [];
  return rowWidth([...core, ...items.slice(0, shown), ...overflow], gap) <= available;
}

/**
 * How many of `items`, from the first, fit in one row after the core controls. When not all of them do, the
 * "More" button needs room too; the core controls always show, even when they alone do not fit.
 */
export function fittingItems(widths: ToolbarWidths): number {
  if (fitsRow(widths, widths.items.length)) return widths.items.length;
  let count = 0;
  while (count < widths.items.length - 1 && fitsRow(widths, count + 1)) count++;
  return count;
}

/**
 * How good a plan is, as a tuple compared in order (smaller is better): labels shown before icons only, then fewer
 * controls in "More", then the roomier density.
 */
const rank = (plan: ToolbarPlan, itemCount: number, labelled: number) =>
  [plan.density < labelled ? 0 : 1, itemCount - plan.shown, plan.density] as const;

const better = (a: ToolbarPlan, b: ToolbarPlan, itemCount: number, labelled: number) => {
  const [x, y] = [rank(a, itemCount, labelled), rank(b, itemCount, labelled)];
  for (const i of [0, 1, 2] as const) if (x[i] !== y[i]) return x[i] < y[i];
  return false;
};

/** The best plan that fits; when even the core controls and "More" do not, the most compact density. */
function bestPlan(densities: readonly ToolbarWidths[], labelled: number): ToolbarPlan {
  let best: ToolbarPlan | null = null;
  for (const [density, widths] of densities.entries()) {
    const shown = fittingItems(widths);
    const plan = { density, shown };
    if (fitsRow(widths, shown) && (!best || better(plan, best, widths.items.length, labelled))) best = plan;
  }
  if (best) return best;
  const last = Math.max(0, densities.length - 1);
  const compact = densities[last];
  return { density: last, shown: compact ? fittingItems(compact) : 0 };
}

/**
 * The toolbar's plan: labels rather than icons only, as long as the core controls and "More" fit with them — the
 * controls that do not fit go into "More" first — then as few controls in "More" as possible, then the roomiest
 * density. With a `previous` plan that still fits, a better one is taken only when it fits with `slack` px to spare:
 * the density does not flap when the room changes by a little (a scroll bar, a panel's toggle state).
 */
export function planToolbar(densities: readonly ToolbarWidths[], options: PlanOptions): ToolbarPlan {
  const { labelled, previous, slack = 0 } = options;
  const next = bestPlan(densities, labelled);
  const itemCount = densities[0]?.items.length ?? 0;
  const kept = previous && { density: previous.density, shown: Math.min(previous.shown, itemCount) };
  const keptWidths = kept && densities[kept.density];
  if (!kept || !keptWidths || !fitsRow(keptWidths, kept.shown)) return next;
  const cautious = bestPlan(
    densities.map((widths) => ({ ...widths, available: widths.available - slack })),
    labelled,
  );
  const cautiousWidths = densities[cautious.density];
  const upgrade = cautiousWidths !== undefined && fitsRow(cautiousWidths, cautious.shown);
  return upgrade && better(cautious, kept, itemCount, labelled) ? cautious : kept;
}

/** A plan and the items (keys, most important first) it was made for. */
export interface KeyedPlan extends ToolbarPlan {
  readonly keys: readonly string[];
}

const sameKeys = (a: readonly string[], b: readonly string[]) =>
  a.length === b.length && a.every((key, i) => key === b[i]);

/**
 * The plan for the items `keys` (see `planToolbar`). The plan in use counts only while it was made for the same
 * items: a count of controls in the row means nothing for another set (the few a guest had while joining, then all
 * the meeting's tools), and keeping it would put controls into "More" that fit.
 */
export function planItems(
  keys: readonly string[],
  densities: readonly ToolbarWidths[],
  options: Omit<PlanOptions, 'previous'> & { readonly inUse?: KeyedPlan },
): KeyedPlan {
  const { inUse, ...rest } = options;
  const previous = inUse && sameKeys(inUse.keys, keys) ? { density: inUse.density, shown: inUse.shown } : undefined;
  return { ...planToolbar(densities, { ...rest, ...(previous ? { previous } : {}) }), keys };
}

/**
 * The toolbar's items that stay in the row longest, in this order, ahead of all others (which keep theirs): the
 * participants, the waiting room (moderators only) and the chat, then the Moderation panel (moderators only): what
 * is needed all through a meeting comes before the tools of some moments (breakout rooms, hands, reactions, the
 * speaker list, polls).
 */
export const toolbarPriority: readonly string[] = ['participants', 'module:lobby', 'module:chat', 'moderation'];

/** `items` in toolbar order: those in `toolbarPriority` first, in its order; the rest after them, as they came. */
export function inToolbarOrder<T extends { readonly key: string }>(items: readonly T[]): T[] {
  const rank = (item: T) => {
    const index = toolbarPriority.indexOf(item.key);
    return index === -1 ? toolbarPriority.length : index;
  };
  // Array.prototype.sort is stable: items of the same rank keep their order.
  return [...items].sort((a, b) => rank(a) - rank(b));
}
