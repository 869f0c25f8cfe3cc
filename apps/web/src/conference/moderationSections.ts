import type { ModerationPlace, ModerationSection } from '@plenum/client-kit/ui';

/** One section as the Moderation panel shows it: which module gave it, and an id unique in the panel. */
export interface PanelSection extends ModerationSection {
  /** The module's namespace, or `ns:key` for one of several sections of a module. */
  readonly id: string;
  readonly ns: string;
}

/** The sections one module offers, from its `moderation` and `moderationSections` slots. */
export interface ModuleSections {
  readonly ns: string;
  readonly sections: readonly (ModerationSection | null | undefined)[];
}

const rank: Readonly<Record<ModerationPlace | 'between', number>> = { frequent: 0, between: 1, last: 2 };

/**
 * Every module's sections in the panel's order: the `frequent` ones first, then those without a place, then the
 * `last` ones; within each place in registry order, and a module's own sections in the order it gave them.
 */
export function panelSections(modules: readonly ModuleSections[]): PanelSection[] {
  const all = modules.flatMap(({ ns, sections }) =>
    sections.flatMap((section) =>
      section ? [{ ...section, ns, id: section.key === undefined ? ns : `${ns}:${section.key}` }] : [],
    ),
  );
  // Array.prototype.sort is stable: equal places keep registry order.
  return all.sort((a, b) => rank[a.place ?? 'between'] - rank[b.place ?? 'between']);
}

/** Whether a section is open when the panel opens: the frequently used ones are. */
export function startsOpen(section: ModerationSection): boolean {
  return section.place === 'frequent';
}
