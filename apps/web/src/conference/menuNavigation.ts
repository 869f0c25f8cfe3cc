/**
 * What a key does in a menu button's popup (the WAI-ARIA "menu button" pattern): `focus` moves focus to that item,
 * `close` shuts the menu and gives focus back to its button (`returnFocus`, Escape) or lets it move on from there
 * (`moveOn`, Tab and Shift+Tab); null: the key is not the menu's (it does its usual thing).
 */
export type MenuMove =
  | { readonly kind: 'focus'; readonly index: number }
  | { readonly kind: 'close'; readonly focus: 'returnFocus' | 'moveOn' }
  | null;

/**
 * The move for `key` pressed on item `index` of `labels` (the items' names, in order). Arrows wrap around, Home and
 * End go to the ends, and a letter goes to the next item whose name starts with it (type-ahead).
 */
export function menuKey(key: string, index: number, labels: readonly string[]): MenuMove {
  const count = labels.length;
  if (count === 0) return key === 'Escape' ? { kind: 'close', focus: 'returnFocus' } : null;
  switch (key) {
    case 'ArrowDown':
      return { kind: 'focus', index: (index + 1) % count };
    case 'ArrowUp':
      return { kind: 'focus', index: (index - 1 + count) % count };
    case 'Home':
    case 'PageUp':
      return { kind: 'focus', index: 0 };
    case 'End':
    case 'PageDown':
      return { kind: 'focus', index: count - 1 };
    case 'Escape':
      return { kind: 'close', focus: 'returnFocus' };
    case 'Tab':
      return { kind: 'close', focus: 'moveOn' };
  }
  if ([...key].length !== 1 || key.trim() === '') return null;
  const letter = key.toLocaleLowerCase();
  for (let step = 1; step <= count; step++) {
    const next = (index + step) % count;
    if (labels[next]?.trim().toLocaleLowerCase().startsWith(letter)) return { kind: 'focus', index: next };
  }
  return null;
}

/** Which item a key on the closed menu's button opens the menu at: ArrowDown the first, ArrowUp the last. */
export function menuButtonKey(key: string): 'first' | 'last' | null {
  if (key === 'ArrowDown') return 'first';
  if (key === 'ArrowUp') return 'last';
  return null;
}
