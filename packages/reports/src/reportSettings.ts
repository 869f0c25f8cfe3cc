import type { ReportLanguage } from './ReportDocument.js';

/**
 * The language and issuing body of the records a room generates (vote files, minutes) when the room's settings do not
 * name the tenant's: German, as the administrations Plenum is built for write their records, and the product's name.
 */
const DEFAULT_LANGUAGE: ReportLanguage = 'de';
const DEFAULT_ORGANISATION = 'Plenum';

/** How a room's generated records are written: its tenant's language and name. */
export interface ReportSettings {
  readonly language: ReportLanguage;
  readonly organisation: string;
}

/** The report settings of a room (its `RoomSettings`, or anything with these two fields), or the defaults. */
export function reportSettings(settings: {
  readonly tenantName?: string | undefined;
  readonly language?: ReportLanguage | undefined;
}): ReportSettings {
  const name = settings.tenantName?.trim();
  return { language: settings.language ?? DEFAULT_LANGUAGE, organisation: name ? name : DEFAULT_ORGANISATION };
}
