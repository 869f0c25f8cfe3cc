/** What `scrollWithin` needs of an element: its place on screen, and the scroll offset of a scroll area. */
export interface ScrollBox {
  scrollTop: number;
  getBoundingClientRect(): { readonly top: number };
}

/**
 * Scrolls `area` so that `target` (inside it) starts at its top, and scrolls nothing else: unlike
 * `scrollIntoView`, which scrolls every scrollable ancestor up to the page and can move the whole meeting away.
 */
export function scrollWithin(area: ScrollBox, target: ScrollBox): void {
  area.scrollTop += target.getBoundingClientRect().top - area.getBoundingClientRect().top;
}
