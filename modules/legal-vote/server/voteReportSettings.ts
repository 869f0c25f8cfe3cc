import type { ReportLanguage } from '@plenum/reports';
import type { RoomSettings } from '@plenum/room-kit';

/**
 * The report's language and issuing body when the room's settings do not name the tenant's: German, as the
 * administrations Plenum is built for write their records, and the product's name.
 */
const DEFAULT_REPORT_LANGUAGE: ReportLanguage = 'de';
const DEFAULT_REPORT_ORGANISATION = 'Plenum';

/** How the vote files are written: the tenant's language and name, from the room's settings. */
export interface VoteReportSettings {
  readonly language: ReportLanguage;
  readonly organisation: string;
}

/** The report settings of a room: its tenant's language and name, or the defaults. */
export function voteReportSettings(settings: Pick<RoomSettings, 'tenantName' | 'language'>): VoteReportSettings {
  const name = settings.tenantName?.trim();
  return {
    language: settings.language ?? DEFAULT_REPORT_LANGUAGE,
    organisation: name ? name : DEFAULT_REPORT_ORGANISATION,
  };
}
