import { useId } from 'react';
import type { MediaUiMessages } from './mediaUiMessages.js';

export interface DeviceSelectProps {
  readonly kind: 'camera' | 'microphone' | 'speaker';
  readonly devices: readonly MediaDeviceInfo[];
  /** The chosen deviceId, or '' for the system default. */
  readonly value: string;
  readonly onChange: (deviceId: string) => void;
  readonly messages: MediaUiMessages;
  readonly disabled?: boolean;
}

/** A labelled device picker. Devices without a label (no permission yet) get a numbered name. */
export function DeviceSelect({ kind, devices, value, onChange, messages, disabled = false }: DeviceSelectProps) {
  const id = useId();
  const hasDefault = devices.some((d) => d.deviceId === 'default');
  return (
    <div className="field">
      <label htmlFor={id}>{messages[kind]}</label>
      <select
        id={id}
        value={value}
        onChange={(e) => onChange(e.target.value)}
        disabled={disabled || devices.length === 0}
      >
        {!hasDefault && <option value="">{messages.systemDefault}</option>}
        {devices.map((d, i) => (
          <option key={d.deviceId || i} value={d.deviceId === 'default' ? '' : d.deviceId}>
            {d.label || messages.unnamedDevice(kind, i + 1)}
          </option>
        ))}
      </select>
    </div>
  );
}
