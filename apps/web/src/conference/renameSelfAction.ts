import { coreLimits, type ParticipantInfo, type RoomPolicy } from '@plenum/module-core/protocol';
import type { FormAction } from '@plenum/module-core/ui';
import { checkDisplayName, type NameProblemWords, nameProblemText } from '../prejoin/checkDisplayName.js';

/** The words of "Change my name", in the current language. */
export interface RenameSelfWords extends NameProblemWords {
  /** The button, and the heading of its dialog. */
  readonly changeMyName: string;
  readonly nameLabel: string;
  readonly save: string;
  readonly cancel: string;
  /** The dialog's close button. */
  readonly close: string;
  /** The name entered is the current one: nothing to change. */
  readonly sameName: string;
  /** Why the button does nothing while moderators lock self-renaming. */
  readonly locked: string;
}

/**
 * Whether this person may change their own name now, as the server decides it: owner and moderators always, everyone
 * else unless moderators locked self-renaming (core room policy `selfRename`).
 */
export function maySelfRename(self: Pick<ParticipantInfo, 'role'>, policy: Pick<RoomPolicy, 'selfRename'>): boolean {
  return self.role === 'moderator' || policy.selfRename;
}

/**
 * "Change my name" as an action with a one-field form: the field starts with the current name and accepts what the
 * server's `DisplayName` accepts (the pre-join screen's check and words); `rename` gets the normalised name.
 */
export function renameSelfAction(
  words: RenameSelfWords,
  currentName: string,
  rename: (displayName: string) => void,
): FormAction {
  return {
    key: 'renameSelf',
    label: words.changeMyName,
    form: {
      title: words.changeMyName,
      fieldLabel: words.nameLabel,
      initial: currentName,
      maxLength: coreLimits.displayNameMaxLength,
      submitLabel: words.save,
      cancelLabel: words.cancel,
      closeLabel: words.close,
      problem: (text) => {
        const checked = checkDisplayName(text);
        if (!checked.ok) return nameProblemText(words, checked.problem);
        return checked.name === currentName ? words.sameName : null;
      },
      onSubmit: (text) => {
        const checked = checkDisplayName(text);
        if (checked.ok) rename(checked.name);
      },
    },
  };
}
