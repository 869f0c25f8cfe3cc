import type { ReportLanguage } from './ReportDocument.js';
import { reportClock } from './reportClock.js';

/** The words of a report's furniture (header, footer, fallbacks), not of its content. */
export interface ReportLabels {
  /** "Seite 2 von 3" */
  pageOf(page: number, pages: number): string;
  /** "Erstellt: 26.11.2026, 17:28 MEZ" */
  created(time: string): string;
  /** Printed when a table has no rows, so an empty list is visibly empty rather than missing. */
  noRows: string;
  /** Locale for dates and numbers. */
  locale: string;
}

/** One table for all languages: adding a language is a type error until every label has a translation. */
export const reportLabels: Readonly<Record<ReportLanguage, ReportLabels>> = {
  de: {
    pageOf: (page, pages) => `Seite ${page} von ${pages}`,
    created: (time) => `Erstellt: ${time}`,
    noRows: '(keine Einträge)',
    locale: 'de-DE',
  },
  en: {
    pageOf: (page, pages) => `Page ${page} of ${pages}`,
    created: (time) => `Created: ${time}`,
    noRows: '(no entries)',
    locale: 'en-GB',
  },
};

/** A point in time as the report prints it: date and time to the minute, in the report's time zone, with its name. */
export function formatReportTime(iso: string, language: ReportLanguage, timeZone: string): string {
  return reportClock(language, timeZone).dateTime(iso);
}
