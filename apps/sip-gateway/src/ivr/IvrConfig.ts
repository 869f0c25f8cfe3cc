import type { IvrLanguage } from './promptTexts.js';

/** The limits and timings of the call flow; `defaultLanguage` comes from the gateway's configuration. */
export interface IvrConfig {
  /** What callers hear first; after the lookup the tenant's language replaces it unless the caller picked one. */
  readonly defaultLanguage: IvrLanguage;
  /** Longest conference number and PIN; a longer entry is a wrong entry (conference numbers and PINs have 10). */
  readonly maxDigits: number;
  /** Wrong entries before the call is ended. */
  readonly maxAttempts: number;
  readonly interDigitMs: number;
  readonly noInputMs: number;
  /** Longest time from answer to a successful lookup. */
  readonly entryDeadlineMs: number;
  readonly starKeyMs: number;
  /** Longest wait for the server's answer to `lookup` and to `join`. */
  readonly responseMs: number;
  /** Longest wait for the goodbye prompt to end before hanging up regardless. */
  readonly closingMs: number;
}

export const DEFAULT_IVR_LIMITS: Omit<IvrConfig, 'defaultLanguage'> = {
  maxDigits: 10,
  maxAttempts: 3,
  interDigitMs: 10_000,
  noInputMs: 60_000,
  entryDeadlineMs: 300_000,
  starKeyMs: 3_000,
  responseMs: 15_000,
  closingMs: 30_000,
};
