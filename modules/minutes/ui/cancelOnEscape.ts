import type { KeyboardEvent } from 'react';

/**
 * A keydown handler for a confirm step or a small form inside the minutes panel: Escape runs `cancel` and goes no
 * further, so the panel around it (which closes on Escape) stays open and `cancel` can put focus back on the opener.
 */
export function cancelOnEscape(cancel: () => void): (event: KeyboardEvent) => void {
  return (event) => {
    if (event.key !== 'Escape' || event.defaultPrevented) return;
    event.preventDefault();
    event.stopPropagation();
    cancel();
  };
}
