import { describe, expect, it } from 'vitest';
import { pickerKey } from './pickerKey.js';

describe('pickerKey', () => {
  it('arrowsMoveToTheNeighbourAndWrapAround', () => {
    expect(pickerKey('ArrowRight', 0, 6)).toBe(1);
    expect(pickerKey('ArrowDown', 5, 6)).toBe(0);
    expect(pickerKey('ArrowLeft', 0, 6)).toBe(5);
    expect(pickerKey('ArrowUp', 3, 6)).toBe(2);
  });

  it('homeAndEndGoToTheEndsAndOtherKeysAreLeftAlone', () => {
    expect(pickerKey('Home', 4, 6)).toBe(0);
    expect(pickerKey('End', 1, 6)).toBe(5);
    expect(pickerKey('Tab', 1, 6)).toBeNull();
    expect(pickerKey('Enter', 1, 6)).toBeNull();
    expect(pickerKey('ArrowRight', 0, 0)).toBeNull();
  });
});
