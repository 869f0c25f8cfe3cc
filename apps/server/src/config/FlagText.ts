import { z } from 'zod';

/** How a yes/no setting may be typed, in an environment variable or on the command line (any letter case). */
export const flagSpellings = { truthy: ['true', 'yes', 'on', '1'], falsy: ['false', 'no', 'off', '0'] } as const;

/** The spellings, for messages: `true/false, yes/no, on/off, 1/0`. */
export const flagSpellingsText = flagSpellings.truthy.map((yes, i) => `${yes}/${flagSpellings.falsy[i]}`).join(', ');

/** A yes/no setting as text, one of {@link flagSpellings}; the configuration and the CLI accept the same ones. */
export const FlagText = z.stringbool({
  truthy: [...flagSpellings.truthy],
  falsy: [...flagSpellings.falsy],
  case: 'insensitive',
  error: `must be one of ${flagSpellingsText}`,
});
