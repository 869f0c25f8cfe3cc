import type { ReportLanguage } from './ReportDocument.js';
import { reportLabels } from './reportLabels.js';

/** What every report needs besides its content: language, whose it is, when it was made, which clock it prints. */
export interface ReportOptions {
  readonly language: ReportLanguage;
  /** The body the report belongs to (printed in every page header): the tenant's name. */
  readonly organisation: string;
  /** When the report is made (ISO 8601); the only time the PDF uses, so equal inputs give equal files. */
  readonly createdAt: string;
  /** IANA zone the times are printed in; default Europe/Berlin. */
  readonly timeZone?: string;
}

/** How a report prints moments (given as ms since the epoch or ISO 8601), in its language and time zone. */
export interface ReportClock {
  /** The date alone, e.g. "26.11.2026". */
  day(at: number | string): string;
  /** The time of day with its zone, e.g. "17:28 MEZ". */
  time(at: number | string): string;
  /** Date and time with its zone; `seconds` for records where the order within a minute matters. */
  dateTime(at: number | string, options?: { readonly seconds?: boolean }): string;
}

export function reportClock(language: ReportLanguage, timeZone = 'Europe/Berlin'): ReportClock {
  const locale = reportLabels[language].locale;
  const format = (options: Intl.DateTimeFormatOptions) => new Intl.DateTimeFormat(locale, { ...options, timeZone });
  const day = format({ year: 'numeric', month: '2-digit', day: '2-digit' });
  const time = format({ hour: '2-digit', minute: '2-digit', timeZoneName: 'short' });
  const dateTime = format({
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    timeZoneName: 'short',
  });
  const dateTimeSeconds = format({
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
    timeZoneName: 'short',
  });
  const at = (value: number | string) => new Date(value);
  return {
    day: (value) => day.format(at(value)),
    time: (value) => time.format(at(value)),
    dateTime: (value, options) => (options?.seconds ? dateTimeSeconds : dateTime).format(at(value)),
  };
}
