import type { Box } from './stageLayout.js';

/** Calls `changed` whenever `element` may have changed size; returns how to stop. */
export type ObserveSize = (element: HTMLElement, changed: () => void) => () => void;

/** Follows the size of one element at a time (see `watchSize`). */
export interface SizeWatch {
  /** Watches `element` from now on (none: the size is 0 × 0); the same element again changes nothing. */
  follow(element: HTMLElement | null): void;
  /** Stops watching. */
  stop(): void;
}

/**
 * Reports the size of whichever element it is told to `follow`, at once and whenever it changes. An element that
 * went away (a view replaced by another, as the waiting screen replaces the meeting) is no longer watched: its
 * size stays 0 and would hide the size of the element that took its place.
 */
export function watchSize(onSize: (box: Box) => void, observe: ObserveSize, measure: (element: HTMLElement) => Box) {
  let current: HTMLElement | null = null;
  let unobserve: (() => void) | null = null;
  const stop = () => {
    unobserve?.();
    unobserve = null;
  };
  const watch: SizeWatch = {
    follow(element) {
      if (element === current) return;
      stop();
      current = element;
      if (!element) {
        onSize({ width: 0, height: 0 });
        return;
      }
      const report = () => onSize(measure(element));
      unobserve = observe(element, report);
      report();
    },
    stop() {
      stop();
      current = null;
    },
  };
  return watch;
}

/** `ObserveSize` with a ResizeObserver, or the window's resizes where there is none. */
export const observeResize: ObserveSize = (element, changed) => {
  if (typeof ResizeObserver === 'undefined') {
    window.addEventListener('resize', changed);
    return () => window.removeEventListener('resize', changed);
  }
  const observer = new ResizeObserver(changed);
  observer.observe(element);
  return () => observer.disconnect();
};

/** The content-box size of an element as laid out (without scroll bars). */
export const clientSize = (element: HTMLElement): Box => ({ width: element.clientWidth, height: element.clientHeight });
