import type { ReportLanguage } from '@plenum/reports';
import type { RoomSettings } from '@plenum/room-kit';

/**
 * The exports' language and issuing body when the room's settings do not name the tenant's: German, as the
 * administrations Plenum is built for write their records, and the product's name (as the vote report's).
 */
const DEFAULT_LANGUAGE: ReportLanguage = 'de';
const DEFAULT_ORGANISATION = 'Plenum';

/** How the minutes' exports are written: the tenant's language and name. */
export interface MinutesReportSettings {
  readonly language: ReportLanguage;
  readonly organisation: string;
}

/** The export settings of a room: its tenant's language and name, or the defaults. */
export function minutesReportSettings(settings: Pick<RoomSettings, 'tenantName' | 'language'>): MinutesReportSettings {
  const name = settings.tenantName?.trim();
  return { language: settings.language ?? DEFAULT_LANGUAGE, organisation: name ? name : DEFAULT_ORGANISATION };
}
