/**
 * The confirmation step of a destructive action (removing someone, ending the meeting): a small modal dialog that
 * asks `question` before anything happens. The confirming button is styled as dangerous; Cancel and Escape change
 * nothing and return focus to the button that asked.
 */
export interface ActionConfirm {
  /** Names whom or what it affects and what follows ("Remove Ben from the meeting? They can join again."). */
  readonly question: string;
  /** The button that does it ("Remove"). */
  readonly confirmLabel: string;
  readonly cancelLabel: string;
  /** The accessible name of the dialog's close button ("Close"), which does what Cancel does. */
  readonly closeLabel: string;
  /**
   * A choice that goes with the action, as one checkbox under the question ("Also close the guest link"), checked to
   * begin with when `checked`. The action's `onSelect` gets whether it was checked when confirmed.
   */
  readonly option?: ConfirmOption;
}

/** The checkbox of a confirmation step (see `ActionConfirm.option`). */
export interface ConfirmOption {
  /** The checkbox's visible text and accessible name. */
  readonly label: string;
  /** Checked when the dialog opens. */
  readonly checked: boolean;
}

/** A small form of one text field in a modal dialog (renaming someone). Cancel and Escape change nothing. */
export interface ActionForm {
  /** The dialog's heading and accessible name ("Rename Ben"). */
  readonly title: string;
  readonly fieldLabel: string;
  /** The field's text when the dialog opens. */
  readonly initial: string;
  readonly maxLength: number;
  readonly submitLabel: string;
  readonly cancelLabel: string;
  /** The accessible name of the dialog's close button ("Close"), which does what Cancel does. */
  readonly closeLabel: string;
  /** Why `text` cannot be submitted (shown under the field once edited or submitted), or null when it can. */
  problem(text: string): string | null;
  /** Called with the text as entered, once submitted without a `problem`. */
  onSubmit(text: string): void;
}

interface ActionBase {
  /** Stable per kind of action, e.g. `promote`; exposed as `data-action`. */
  readonly key: string;
  /** Visible text and accessible name of the button. */
  readonly label: string;
  /**
   * Shown, but there is nothing to do now ("Muted" for someone already muted): the button stays focusable with
   * `aria-disabled`, so focus is not lost when an action turns into this, and choosing it does nothing.
   */
  readonly disabled?: boolean;
  /** It takes the person out of the meeting (to the waiting room, removed, banned): such actions come last. */
  readonly removes?: boolean;
}

/**
 * Done at once when chosen, or after its `confirm` step; `optionChecked` says whether the confirm step's `option` was
 * checked (undefined without one).
 */
export interface CommandAction extends ActionBase {
  readonly onSelect: (optionChecked?: boolean) => void;
  readonly confirm?: ActionConfirm;
  readonly form?: never;
}

/** Opens its `form`; done when the form is submitted. */
export interface FormAction extends ActionBase {
  readonly form: ActionForm;
  readonly onSelect?: never;
  readonly confirm?: never;
}

/**
 * One thing a moderator can do to a participant ("Make moderator", "Remove from meeting", "Rename"), or to the
 * meeting: a command (optionally confirmed first) or a one-field form.
 */
export type ParticipantAction = CommandAction | FormAction;
