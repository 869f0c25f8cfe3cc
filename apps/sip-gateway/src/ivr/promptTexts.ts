/**
 * What the telephone dial-in says, in every language it speaks. The build turns these texts into audio
 * (`scripts/buildPrompts.ts`); nothing is fetched at run time. The tone is that of a public administration: formal
 * address ("Sie"), polite, short sentences that survive a narrow-band phone line.
 *
 * A sentence that tells the caller how to switch language is said in the language it switches to (`languageOffer`),
 * so the IVR plays it from the other language's set.
 */

/** The languages the IVR speaks; the first is the fallback when configuration names none of them. */
export const IVR_LANGUAGES = ['de', 'en'] as const;
export type IvrLanguage = (typeof IVR_LANGUAGES)[number];

export const PROMPT_IDS = [
  'welcome',
  'languageOffer',
  'enterConferenceNumber',
  'enterPin',
  'wrongEntry',
  'wrongEntryFinal',
  'tooManyAttempts',
  'noInput',
  'waitingRoom',
  'admitted',
  'meetingEnded',
  'recordingNotice',
  'mutedByModerator',
  'youAreMuted',
  'youAreUnmuted',
  'handRaised',
  'handLowered',
  'help',
  'removed',
  'goodbye',
  'meetingFull',
  'notAvailable',
] as const;
export type PromptId = (typeof PROMPT_IDS)[number];

/** One prompt in one language: what the IVR asks the media path to play. */
export interface PromptRef {
  readonly language: IvrLanguage;
  readonly prompt: PromptId;
}

export const PROMPT_TEXTS: { readonly [L in IvrLanguage]: { readonly [P in PromptId]: string } } = {
  de: {
    welcome: 'Guten Tag und willkommen bei der Telefoneinwahl in die Videokonferenz.',
    languageOffer: 'Für Deutsch drücken Sie bitte die Sterntaste.',
    enterConferenceNumber: 'Bitte geben Sie die Konferenznummer ein und drücken Sie anschließend die Rautetaste.',
    enterPin: 'Bitte geben Sie nun die PIN ein und drücken Sie anschließend die Rautetaste.',
    wrongEntry: 'Ihre Eingabe war leider nicht korrekt. Bitte versuchen Sie es noch einmal.',
    wrongEntryFinal: 'Ihre Eingabe war leider erneut nicht korrekt. Der Anruf wird nun beendet.',
    tooManyAttempts: 'Es gab zu viele fehlerhafte Eingaben. Bitte versuchen Sie es später noch einmal.',
    noInput: 'Leider ist keine Eingabe erfolgt.',
    waitingRoom:
      'Sie befinden sich im Warteraum. Sie werden in die Besprechung eingelassen, sobald die Moderation Sie zulässt. Bitte bleiben Sie in der Leitung.',
    admitted: 'Sie sind jetzt in der Besprechung. Eine Hilfe zu den Tasten hören Sie mit Stern und Null.',
    meetingEnded: 'Die Besprechung wurde beendet.',
    recordingNotice: 'Bitte beachten Sie: Diese Besprechung wird aufgezeichnet.',
    mutedByModerator: 'Ihr Mikrofon wurde von der Moderation stummgeschaltet.',
    youAreMuted: 'Ihr Mikrofon ist jetzt stummgeschaltet.',
    youAreUnmuted: 'Ihr Mikrofon ist jetzt eingeschaltet.',
    handRaised: 'Ihre Hand ist gehoben.',
    handLowered: 'Ihre Hand ist gesenkt.',
    help: 'Mit Stern und Sechs schalten Sie Ihr Mikrofon stumm oder wieder ein. Mit Stern und Neun heben oder senken Sie Ihre Hand. Mit Stern und Null hören Sie diese Hilfe erneut.',
    removed: 'Sie wurden von der Moderation aus der Besprechung entfernt.',
    goodbye: 'Vielen Dank für Ihren Anruf. Auf Wiederhören.',
    meetingFull:
      'Die Besprechung hat leider die höchste Zahl an Teilnehmenden erreicht. Bitte versuchen Sie es später noch einmal.',
    notAvailable:
      'Aufgrund eines technischen Problems ist die Einwahl derzeit leider nicht möglich. Bitte versuchen Sie es später noch einmal.',
  },
  en: {
    welcome: 'Hello, and welcome to the telephone dial-in for the video conference.',
    languageOffer: 'For English, please press the star key.',
    enterConferenceNumber: 'Please enter the conference number, then press the hash key.',
    enterPin: 'Please enter the PIN, then press the hash key.',
    wrongEntry: 'Sorry, that entry was not correct. Please try again.',
    wrongEntryFinal: 'Sorry, that entry was again not correct. The call will now be ended.',
    tooManyAttempts: 'There have been too many incorrect entries. Please try again later.',
    noInput: 'Sorry, we have not received any input.',
    waitingRoom:
      'You are in the waiting room. You will join the meeting as soon as a moderator lets you in. Please stay on the line.',
    admitted: 'You are now in the meeting. For help with the keys, press star, then zero.',
    meetingEnded: 'The meeting has ended.',
    recordingNotice: 'Please note: this meeting is being recorded.',
    mutedByModerator: 'Your microphone has been muted by the moderator.',
    youAreMuted: 'Your microphone is now muted.',
    youAreUnmuted: 'Your microphone is now on.',
    handRaised: 'Your hand is raised.',
    handLowered: 'Your hand is lowered.',
    help: 'Press star, then six, to mute or unmute your microphone. Press star, then nine, to raise or lower your hand. Press star, then zero, to hear this help again.',
    removed: 'You have been removed from the meeting by the moderator.',
    goodbye: 'Thank you for calling. Goodbye.',
    meetingFull: 'Sorry, the meeting has reached its maximum number of participants. Please try again later.',
    notAvailable:
      'Sorry, due to a technical problem, dialling in is not possible at the moment. Please try again later.',
  },
};

/**
 * Words the speech synthesiser says wrongly as written, and how to spell them for it. Kept apart from the texts so
 * that the texts stay correct German and English. espeak-ng spells "PIN" letter by letter, and reads German "Pin"
 * with a long i.
 */
export const SPOKEN_SPELLINGS: { readonly [L in IvrLanguage]: readonly (readonly [written: RegExp, said: string])[] } =
  {
    de: [[/\bPIN\b/g, 'Pinn']],
    en: [[/\bPIN\b/g, 'pin']],
  };

/** The text as the synthesiser should read it. */
export function spokenText(language: IvrLanguage, prompt: PromptId): string {
  let text = PROMPT_TEXTS[language][prompt];
  for (const [written, said] of SPOKEN_SPELLINGS[language]) text = text.replace(written, said);
  return text;
}

export function isIvrLanguage(value: string): value is IvrLanguage {
  return (IVR_LANGUAGES as readonly string[]).includes(value);
}
