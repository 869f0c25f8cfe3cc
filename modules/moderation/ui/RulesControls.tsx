import { type RoomRules, SwitchableFeature } from '../protocol.js';
import type { ModerationUiMessages } from './moderationUiMessages.js';

export interface RulesControlsProps {
  readonly rules: RoomRules;
  readonly messages: ModerationUiMessages['rules'];
  readonly onSelfRename: (allowed: boolean) => void;
  readonly onFeature: (feature: SwitchableFeature, on: boolean) => void;
}

/** Self-renaming and the features participants may use, as checkboxes (checked: allowed / on). */
export function RulesControls({ rules, messages, onSelfRename, onFeature }: RulesControlsProps) {
  return (
    <div className="moderation-tools__group">
      <label className="moderation-tools__check">
        <input
          type="checkbox"
          checked={rules.selfRename}
          onChange={(event) => onSelfRename(event.currentTarget.checked)}
        />
        {messages.selfRename}
      </label>
      <fieldset className="moderation-tools__fieldset">
        <legend>{messages.featuresLegend}</legend>
        {SwitchableFeature.options.map((feature) => (
          <label key={feature} className="moderation-tools__check">
            <input
              type="checkbox"
              checked={!rules.switchedOff.includes(feature)}
              onChange={(event) => onFeature(feature, event.currentTarget.checked)}
            />
            {messages.features[feature]}
          </label>
        ))}
      </fieldset>
    </div>
  );
}
