/** The strings the core UI needs; the app's catalogue supplies them in the current language. */
export interface CoreUiMessages {
  readonly participantsHeading: (count: number) => string;
  readonly you: string;
  readonly reconnecting: string;
  readonly roles: { readonly moderator: string; readonly participant: string; readonly guest: string };
  readonly phone: string;
  readonly closeParticipantList: string;
}
