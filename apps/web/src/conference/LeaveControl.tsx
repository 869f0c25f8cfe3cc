import { LineIcon } from '@plenum/client-kit/ui';
import { ActionDialog, type CommandAction } from '@plenum/module-core/ui';
import { LeaveIcon } from '@plenum/module-media/ui';
import { useRef, useState } from 'react';
import { ToolbarButton } from './ToolbarButton.js';
import { ToolbarMenu } from './ToolbarMenu.js';

/** The words of the Leave control: the button, and for moderators the choice and its confirmation. */
export interface LeaveWords {
  /** The button's name, for everyone ("Leave meeting"). */
  readonly leave: string;
  readonly leaveMeeting: string;
  readonly endForEveryone: string;
  readonly endQuestion: string;
  readonly endConfirm: string;
  readonly cancel: string;
  /** The confirmation dialog's close button (does what Cancel does). */
  readonly close: string;
}

export interface LeaveControlProps {
  /** Owner or moderator: Leave offers to end the meeting for everyone as well. */
  readonly moderator: boolean;
  readonly words: LeaveWords;
  readonly onLeave: () => void;
  readonly onEndForEveryone: () => void;
}

/** "End meeting for everyone" as an action that asks first (the question names what follows). */
export function endForEveryoneAction(words: LeaveWords, onEnd: () => void): CommandAction {
  return {
    key: 'endMeetingForEveryone',
    label: words.endForEveryone,
    confirm: {
      question: words.endQuestion,
      confirmLabel: words.endConfirm,
      cancelLabel: words.cancel,
      closeLabel: words.close,
    },
    onSelect: onEnd,
  };
}

/**
 * The toolbar's Leave. Everyone else leaves at once. For owner and moderators, like Jitsi's and Teams' hang-up, it is
 * a menu button (same name) with "Leave meeting" and "End meeting for everyone"; the second asks in a dialog first
 * (focus on Cancel; Cancel or Escape return focus to Leave). The menu is keyboard operable like "More": Enter, Space
 * or the arrows open it, the arrows move, Escape closes.
 */
export function LeaveControl({ moderator, words, onLeave, onEndForEveryone }: LeaveControlProps) {
  const [asking, setAsking] = useState(false);
  const wrapper = useRef<HTMLDivElement>(null);
  if (!moderator)
    return (
      <button type="button" className="control control--danger" onClick={onLeave}>
        <LeaveIcon />
        <span className="control__label">{words.leave}</span>
      </button>
    );
  return (
    <div ref={wrapper} className="leave-control" data-leave-choice="">
      <ToolbarMenu
        label={words.leave}
        icon={<LeaveIcon />}
        variant="list"
        tone="danger"
        menu={() => (
          <div className="toolbar-more">
            <ToolbarButton label={words.leaveMeeting} icon={<LeaveIcon />} data-leave="leave" onClick={onLeave} />
            <ToolbarButton
              label={words.endForEveryone}
              icon={<EndIcon />}
              data-leave="endForEveryone"
              aria-haspopup="dialog"
              onClick={() => setAsking(true)}
            />
          </div>
        )}
      />
      {asking && (
        <ActionDialog
          action={endForEveryoneAction(words, onEndForEveryone)}
          onCancel={() => {
            setAsking(false);
            wrapper.current?.querySelector('button')?.focus();
          }}
          onDone={() => setAsking(false)}
        />
      )}
    </div>
  );
}

/** A stop sign: the meeting ends for everyone. */
function EndIcon() {
  return (
    <LineIcon>
      <path d="M8.5 3h7L21 8.5v7L15.5 21h-7L3 15.5v-7z" />
      <path d="M9 12h6" />
    </LineIcon>
  );
}
