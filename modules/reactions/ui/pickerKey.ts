/**
 * Where a key moves focus in the reaction picker (a row of buttons): ArrowRight and ArrowDown to the next, ArrowLeft
 * and ArrowUp to the previous (both wrap around), Home and End to the ends; null for any other key (Tab still moves
 * on as usual, Enter and Space pick).
 */
export function pickerKey(key: string, index: number, count: number): number | null {
  if (count === 0) return null;
  switch (key) {
    case 'ArrowRight':
    case 'ArrowDown':
      return (index + 1) % count;
    case 'ArrowLeft':
    case 'ArrowUp':
      return (index - 1 + count) % count;
    case 'Home':
      return 0;
    case 'End':
      return count - 1;
    default:
      return null;
  }
}
