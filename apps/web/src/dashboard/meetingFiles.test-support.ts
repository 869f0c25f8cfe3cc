import type { MeetingFile } from '../api/meetingsApi.js';

/** A meeting's file as the meetings API lists it: a PDF of 12.3 kB for everyone who attended, unless `more` says. */
export const meetingFile = (
  id: string,
  kind: string,
  filename: string,
  more: Partial<MeetingFile> = {},
): MeetingFile => ({
  id,
  kind,
  filename,
  mediaType: 'application/pdf',
  size: 12_345,
  sha256: 'ab'.repeat(32),
  visibility: 'participants',
  createdAt: '2026-11-26T11:30:00.000Z',
  url: `/v1/assets/${id}`,
  ...more,
});

/** ICU's thin and narrow no-break spaces (around the dash, before "AM"), as plain spaces. */
export const plain = (html: string) => html.replace(/[\u2009\u202f\u00a0]/gu, ' ');
