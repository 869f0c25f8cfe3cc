import { FieldGroup } from '@plenum/client-kit/ui';
import type { RoomPolicy } from '@plenum/module-core/protocol';
import { SwitchableFeature } from '../protocol.js';
import type { ModerationUiMessages } from './moderationUiMessages.js';

export interface RulesControlsProps {
  /** The core's room policy: the rules as they are now. */
  readonly policy: RoomPolicy;
  readonly messages: ModerationUiMessages['rules'];
  readonly onSelfRename: (allowed: boolean) => void;
  readonly onFeature: (feature: SwitchableFeature, on: boolean) => void;
}

/** Self-renaming and the features participants may use, as checkboxes (checked: allowed / on). */
export function RulesControls({ policy, messages, onSelfRename, onFeature }: RulesControlsProps) {
  return (
    <div className="moderation-tools__group">
      <label className="moderation-tools__check">
        <input
          type="checkbox"
          checked={policy.selfRename}
          onChange={(event) => onSelfRename(event.currentTarget.checked)}
        />
        {messages.selfRename}
      </label>
      <FieldGroup legend={messages.featuresLegend} className="moderation-tools__fieldset">
        {SwitchableFeature.options.map((feature) => (
          <label key={feature} className="moderation-tools__check">
            <input
              type="checkbox"
              checked={!policy.switchedOff.includes(feature)}
              onChange={(event) => onFeature(feature, event.currentTarget.checked)}
            />
            {messages.features[feature]}
          </label>
        ))}
      </FieldGroup>
    </div>
  );
}
