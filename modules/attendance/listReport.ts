import { LISTED_REPORTS, type ReportFile } from './protocol.js';

/**
 * The reports with `file` in front (newest first; an asset listed already moves there, once) and at most
 * `LISTED_REPORTS` of them: how the server keeps the meeting's reports and a client lists the ones announced.
 */
export function listReport(reports: readonly ReportFile[], file: ReportFile): readonly ReportFile[] {
  const earlier = reports.filter((r) => r.assetId !== file.assetId);
  return [file, ...earlier].slice(0, LISTED_REPORTS);
}
