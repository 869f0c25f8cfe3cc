import { serializeAuditDocument } from '@plenum/audit';
import type { ReportLanguage } from '@plenum/reports';
import type { RoomAssets, RoomRecords } from '@plenum/room-kit';
import { readVoteRecord, voteDocument } from './voteDocument.js';
import { renderVoteReport } from './voteReport.js';

export interface VoteFilesOptions {
  /** The vote's initiator's account: the files' creator. */
  readonly createdBy: string | null;
  readonly language: ReportLanguage;
  readonly organisation: string;
  /** When the vote ended (ISO 8601): the report's creation time, so one record always gives the same PDF. */
  readonly createdAt: string;
}

export interface VoteFiles {
  readonly protocolAssetId: string;
  readonly reportAssetId: string;
}

/**
 * Stores an ended vote's signed JSON protocol (`vote-protocol`) and its PDF report (`vote-report`) as assets of the
 * meeting, both visible to everyone who took part. Both are made from the record as stored, read back, so they show
 * exactly what `plenum verify-vote` checks. Rejects when the record is not complete and signed, or a file cannot be
 * kept; the protocol may then be stored without the report.
 */
export async function storeVoteFiles(
  records: RoomRecords,
  assets: RoomAssets,
  voteId: string,
  options: VoteFilesOptions,
): Promise<VoteFiles> {
  const document = voteDocument(await readVoteRecord(records, voteId));
  const protocol = await assets.store(
    {
      kind: 'vote-protocol',
      filename: `vote-${voteId}.json`,
      mediaType: 'application/json',
      visibility: 'participants',
      createdBy: options.createdBy,
    },
    new TextEncoder().encode(serializeAuditDocument(document)),
  );
  const pdf = await renderVoteReport(document, {
    language: options.language,
    organisation: options.organisation,
    createdAt: options.createdAt,
  });
  const report = await assets.store(
    {
      kind: 'vote-report',
      filename: `vote-${voteId}.pdf`,
      mediaType: 'application/pdf',
      visibility: 'participants',
      createdBy: options.createdBy,
    },
    pdf,
  );
  return { protocolAssetId: protocol.id, reportAssetId: report.id };
}
