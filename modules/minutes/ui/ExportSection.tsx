import { ChoiceGroup } from '@plenum/client-kit/ui';
import { useId, useState } from 'react';
import type { ExportVisibility, MinutesFiles } from '../protocol.js';
import type { MinutesPanelMessages } from './minutesMessages.js';

/** Where the server serves a meeting asset (it checks who may download it). */
const assetUrl = (assetId: string) => `/v1/assets/${encodeURIComponent(assetId)}`;

export interface ExportSectionProps {
  readonly files: MinutesFiles | null;
  readonly messages: MinutesPanelMessages;
  readonly onExport: (visibility: ExportVisibility) => void;
}

/** Moderators: export the minutes as PDF and Markdown for participants or moderators only; links to the latest. */
export function ExportSection({ files, messages: m, onExport }: ExportSectionProps) {
  const headingId = useId();
  const name = useId();
  const [visibility, setVisibility] = useState<ExportVisibility>('participants');
  return (
    <section className="minutes-export" aria-labelledby={headingId}>
      <h3 id={headingId}>{m.exportHeading}</h3>
      <ChoiceGroup
        legend={m.visibility}
        name={name}
        options={m.visibilities}
        value={visibility}
        onChange={setVisibility}
      />
      <button type="button" className="button button--small" onClick={() => onExport(visibility)}>
        {m.export}
      </button>
      <FileLinks files={files} messages={m} />
    </section>
  );
}

/** The latest export's downloads, for everyone it was made for. */
export function FileLinks({ files, messages: m }: Pick<ExportSectionProps, 'files' | 'messages'>) {
  if (!files) return null;
  return (
    <ul className="minutes-export__files">
      <li>
        <a href={assetUrl(files.pdfAssetId)} download>
          {m.downloadPdf}
        </a>
      </li>
      <li>
        <a href={assetUrl(files.markdownAssetId)} download>
          {m.downloadMarkdown}
        </a>
      </li>
    </ul>
  );
}
