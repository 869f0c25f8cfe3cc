import type { ReportLanguage } from '@plenum/reports';
import type { RoomAssets, RoomRecords } from '@plenum/room-kit';
import { readAfterEndDocument } from './afterEndRecord.js';
import { readVoteRecord, voteDocument } from './voteDocument.js';
import { serializeVoteProtocol } from './voteProtocol.js';
import { voteEntryData } from './voteRecord.js';
import { renderVoteReport } from './voteReport.js';

export interface VoteFilesOptions {
  readonly language: ReportLanguage;
  readonly organisation: string;
  /**
   * When the vote ended (ISO 8601): the report's creation time, so one record always gives the same PDF; when the files
   * are made again for ballots after the end, the time they are.
   */
  readonly createdAt: string;
}

export interface VoteFiles {
  readonly protocolAssetId: string;
  readonly reportAssetId: string;
}

/**
 * Stores an ended vote's signed JSON protocol (`vote-protocol`) and its PDF report (`vote-report`) as assets of the
 * meeting, both visible to everyone who took part. Both are made from the record as stored, read back, so they show
 * exactly what `plenum verify-vote` checks, with the after-the-end log as stored so far (`VoteProtocol`): called
 * again when that log grew, it stores new files (the old ones stay; the new ids are the current links). Rejects when
 * the record is not complete and signed, or a file cannot be kept; the protocol may then be stored without the report.
 */
export async function storeVoteFiles(
  records: RoomRecords,
  assets: RoomAssets,
  voteId: string,
  options: VoteFilesOptions,
): Promise<VoteFiles> {
  const document = voteDocument(await readVoteRecord(records, voteId));
  const afterEnd = await readAfterEndDocument(records, voteId);
  // The vote's initiator's account is the files' creator.
  const started = voteEntryData.started.safeParse(document.entries[0]?.data);
  const createdBy = started.success ? started.data.initiator.userId : null;
  const protocol = await assets.store(
    {
      kind: 'vote-protocol',
      filename: `vote-${voteId}.json`,
      mediaType: 'application/json',
      visibility: 'participants',
      createdBy,
    },
    new TextEncoder().encode(serializeVoteProtocol({ record: document, afterEnd })),
  );
  const pdf = await renderVoteReport(
    document,
    { language: options.language, organisation: options.organisation, createdAt: options.createdAt },
    afterEnd,
  );
  const report = await assets.store(
    {
      kind: 'vote-report',
      filename: `vote-${voteId}.pdf`,
      mediaType: 'application/pdf',
      visibility: 'participants',
      createdBy,
    },
    pdf,
  );
  return { protocolAssetId: protocol.id, reportAssetId: report.id };
}
