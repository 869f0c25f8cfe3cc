import type { Reaction } from '../protocol.js';

/** The strings the reactions components need, in the current language. */
export interface ReactionsUiMessages {
  /** Accessible name of each reaction ("Thumbs up"), also its tooltip. */
  readonly names: Readonly<Record<Reaction, string>>;
  /** Label of the group of reaction buttons in the popup. */
  readonly picker: string;
}
