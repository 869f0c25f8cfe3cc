import type { ToolbarEntry } from '@plenum/client-kit/ui';
import { ToggleButton } from '../shell/ToggleButton.js';
import { ToolbarButton } from './ToolbarButton.js';
import { ToolbarMenu } from './ToolbarMenu.js';

export interface ToolbarEntryControlProps {
  readonly entry: ToolbarEntry;
  /** Whether the module's panel is the one shown (for an entry that toggles its panel). */
  readonly panelShown: boolean;
  readonly onTogglePanel: () => void;
}

/**
 * A module's toolbar entry as a control: a popup menu (`menu`), a toggle (`action` with
 * `pressed`), a plain button (`action`), or the toggle of the module's panel (neither). In the
 * toolbar's "More" menu the same control is one of its items (`menuitem`, `menuitemcheckbox`).
 */
export function ToolbarEntryControl({ entry, panelShown, onTogglePanel }: ToolbarEntryControlProps) {
  const badge = entry.badge !== undefined && entry.badge > 0 ? String(entry.badge) : undefined;
  if (entry.menu)
    return (
      <ToolbarMenu
        label={entry.label}
        icon={entry.icon}
        menu={entry.menu}
        {...(badge === undefined ? {} : { badge })}
      />
    );
  if (entry.action && entry.pressed !== undefined)
    return (
      <ToggleButton
        label={entry.label}
        pressed={entry.pressed}
        onClick={entry.action}
        icon={entry.icon}
        {...(badge === undefined ? {} : { badge })}
      />
    );
  if (entry.action) return <ToolbarButton label={entry.label} icon={entry.icon} badge={badge} onClick={entry.action} />;
  return (
    <ToggleButton
      label={entry.label}
      pressed={panelShown}
      onClick={onTogglePanel}
      icon={entry.icon}
      {...(badge === undefined ? {} : { badge })}
    />
  );
}
