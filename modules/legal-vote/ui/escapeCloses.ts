import type { KeyboardEvent } from 'react';

/**
 * The keydown handler of an inline confirm step (stop, cancel): while it is open, Escape closes it and goes no further
 * (the panel around it stays open); while closed, Escape goes on to the panel.
 */
export function escapeCloses(open: boolean, close: () => void): (event: KeyboardEvent) => void {
  return (event) => {
    if (!open || event.key !== 'Escape' || event.defaultPrevented) return;
    event.preventDefault();
    event.stopPropagation();
    close();
  };
}
