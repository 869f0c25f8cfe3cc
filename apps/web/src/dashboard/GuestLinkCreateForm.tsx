import { guestLinkLimits } from '@plenum/protocol';
import { type FormEvent, useState } from 'react';
import type { GuestLink, GuestLinksApi } from '../api/guestLinksApi.js';
import { useI18n } from '../i18n/I18nProvider.js';
import { RadioGroup } from '../shell/RadioGroup.js';
import { TextField } from '../shell/TextField.js';
import { type DashboardProblem, dashboardProblem } from './dashboardProblem.js';
import {
  checkGuestLinkDraft,
  emptyGuestLinkDraft,
  expiryPresets,
  type GuestLinkDraft,
  type GuestLinkDraftField,
} from './guestLinkDraft.js';
import { ProblemMessage } from './ProblemMessage.js';

/** "New guest link": label, validity (presets) and use limit, all optional. */
export function GuestLinkCreateForm({
  roomId,
  api,
  onCreated,
  onGuestsRefused,
  now = Date.now,
}: {
  readonly roomId: string;
  readonly api: GuestLinksApi;
  readonly onCreated: (link: GuestLink) => void;
  /** The server refused the link with `featureDisabled` (guests not allowed); the dialog explains why. */
  readonly onGuestsRefused: () => void;
  readonly now?: () => number;
}) {
  const { t } = useI18n();
  const g = t.guestLinks;
  const [draft, setDraft] = useState<GuestLinkDraft>(emptyGuestLinkDraft);
  const [invalid, setInvalid] = useState<readonly GuestLinkDraftField[]>([]);
  const [problem, setProblem] = useState<DashboardProblem | null>(null);
  const [creating, setCreating] = useState(false);

  const change = <K extends keyof GuestLinkDraft>(key: K, value: GuestLinkDraft[K]) => {
    setDraft((current) => ({ ...current, [key]: value }));
    setInvalid((current) => current.filter((field) => field !== key));
  };

  const create = async (event: FormEvent) => {
    event.preventDefault();
    if (creating) return;
    setProblem(null);
    const check = checkGuestLinkDraft(draft, now());
    if (!check.ok) {
      setInvalid(check.invalid);
      return;
    }
    setCreating(true);
    try {
      const link = await api.create(roomId, check.body);
      setDraft(emptyGuestLinkDraft);
      onCreated(link);
    } catch (error) {
      const found = dashboardProblem(error);
      if (found === 'guestsDisabled') onGuestsRefused();
      else setProblem(found);
    } finally {
      setCreating(false);
    }
  };

  return (
    <form onSubmit={create} noValidate>
      <TextField
        label={g.labelLabel}
        hint={g.labelHint}
        error={invalid.includes('label') ? g.labelInvalid(guestLinkLimits.labelMaxLength) : undefined}
        value={draft.label}
        maxLength={guestLinkLimits.labelMaxLength}
        autoComplete="off"
        onValueChange={(value) => change('label', value)}
      />
      <RadioGroup
        legend={g.expiryLegend}
        options={expiryPresets.map((preset) => ({ value: preset, label: g.expiry[preset] }))}
        value={draft.expiry}
        onValueChange={(value) => change('expiry', value)}
      />
      <TextField
        label={g.maxUsesLabel}
        hint={g.maxUsesHint(guestLinkLimits.maxUsesMax)}
        error={invalid.includes('maxUses') ? g.maxUsesInvalid(guestLinkLimits.maxUsesMax) : undefined}
        value={draft.maxUses}
        inputMode="numeric"
        autoComplete="off"
        onValueChange={(value) => change('maxUses', value)}
      />
      {problem && <ProblemMessage problem={problem} />}
      <button type="submit" className="button button--primary" disabled={creating}>
        {creating ? g.creating : g.create}
      </button>
    </form>
  );
}
