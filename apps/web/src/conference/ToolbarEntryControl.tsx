import type { ToolbarEntry } from '@plenum/client-kit/ui';
import { ToggleButton } from '../shell/ToggleButton.js';
import { ToolbarMenu } from './ToolbarMenu.js';

export interface ToolbarEntryControlProps {
  readonly entry: ToolbarEntry;
  /** Whether the module's panel is the one shown (for an entry that toggles its panel). */
  readonly panelShown: boolean;
  readonly onTogglePanel: () => void;
}

/**
 * A module's toolbar entry as a control: a popup menu (`menu`), a toggle (`action` with
 * `pressed`), a plain button (`action`), or the toggle of the module's panel (neither).
 */
export function ToolbarEntryControl({ entry, panelShown, onTogglePanel }: ToolbarEntryControlProps) {
  const badge = entry.badge !== undefined && entry.badge > 0 ? String(entry.badge) : undefined;
  if (entry.menu) return <ToolbarMenu label={entry.label} icon={entry.icon} menu={entry.menu} />;
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
  if (entry.action)
    return (
      <button type="button" className="control control--toolbar" onClick={entry.action}>
        {entry.icon}
        {badge !== undefined && (
          <span className="control__badge" aria-hidden="true">
            {badge}
          </span>
        )}
        <span className="control__label">{entry.label}</span>
      </button>
    );
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
