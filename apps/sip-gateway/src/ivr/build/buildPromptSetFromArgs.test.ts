import { describe, expect, it } from 'vitest';
import { parseOnly } from './buildPromptSetFromArgs.js';

describe('parseOnly (--only of the prompt build)', () => {
  it('reads language/prompt pairs and hold', () => {
    expect(parseOnly('de/welcome, en/enterPin,hold')).toEqual({
      prompts: [
        { language: 'de', prompt: 'welcome' },
        { language: 'en', prompt: 'enterPin' },
      ],
      hold: true,
    });
    expect(parseOnly('en/goodbye').hold).toBe(false);
  });

  it('names what is not a prompt', () => {
    expect(() => parseOnly('fr/welcome')).toThrow('--only: not a prompt: fr/welcome');
    expect(() => parseOnly('de/hello')).toThrow('de/hello');
    expect(() => parseOnly('de')).toThrow();
  });
});
