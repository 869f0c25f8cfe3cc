import { coreLimits, DisplayName } from '@plenum/module-core/protocol';

/** Why a name cannot be used, in the user's terms. */
export type NameProblem = 'empty' | 'tooLong' | 'invalidCharacters';

export type NameCheck =
  | { readonly ok: true; readonly name: string }
  | { readonly ok: false; readonly problem: NameProblem };

/**
 * Checks a display name with the server's own `DisplayName` schema, so the pre-join screen
 * accepts exactly what the server accepts (zero-width joiners in emoji and scripts such as
 * Persian or Hindi included), and names the precise reason when it does not: an empty name
 * (or one of only spaces) is "empty", control and invisible formatting characters are
 * "invalidCharacters".
 */
export function checkDisplayName(input: string): NameCheck {
  const parsed = DisplayName.safeParse(input);
  if (parsed.success) return { ok: true, name: parsed.data };
  const codes = parsed.error.issues.map((issue) => issue.code);
  if (codes.includes('too_small')) return { ok: false, problem: 'empty' };
  if (codes.includes('too_big')) return { ok: false, problem: 'tooLong' };
  return { ok: false, problem: 'invalidCharacters' };
}

/** The words for the name problems, in the current language (the pre-join screen's `t.prejoin` has them). */
export interface NameProblemWords {
  readonly nameRequired: string;
  readonly nameInvalid: string;
  readonly nameTooLong: (max: number) => string;
}

/** What to tell the person about `problem`, in every form that takes a display name. */
export function nameProblemText(words: NameProblemWords, problem: NameProblem): string {
  switch (problem) {
    case 'empty':
      return words.nameRequired;
    case 'invalidCharacters':
      return words.nameInvalid;
    case 'tooLong':
      return words.nameTooLong(coreLimits.displayNameMaxLength);
  }
}
