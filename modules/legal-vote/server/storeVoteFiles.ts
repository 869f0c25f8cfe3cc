import type { ReportLanguage } from '@plenum/reports';
import { RoomAssetRefused, type RoomAssets, type RoomAttendance, type RoomRecords } from '@plenum/room-kit';
import type { VoteFilesFailure } from '../protocol.js';
import { readAfterEndDocument } from './afterEndRecord.js';
import { readVoteRecord, voteDocument } from './voteDocument.js';
import type { VoteFileNames } from './voteFileNames.js';
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
  /** The room's names of vote files (see `VoteFileNames`): the vote's files are named by it. */
  readonly names: VoteFileNames;
}

/** Where the vote's record is read, its files stored, and the meeting's title (the attendance's) read. */
export interface VoteFilesPorts {
  readonly records: RoomRecords;
  readonly assets: RoomAssets;
  readonly attendance: RoomAttendance;
}

export interface VoteFiles {
  readonly protocolAssetId: string;
  readonly reportAssetId: string;
}

/**
 * A vote file was refused by the assets port: why (`RoomAssetRefused`'s quota and size; anything else `other`) and,
 * when only the report was refused, the stored protocol's id (null when nothing was stored). The port's error is the
 * cause.
 */
export class VoteFilesNotStored extends Error {
  override readonly name = 'VoteFilesNotStored';
  constructor(
    readonly reason: VoteFilesFailure,
    readonly protocolAssetId: string | null,
    options: { cause: unknown },
  ) {
    super(`vote files not stored: ${reason}`, options);
  }
}

/** Why the assets port refused a file, as the vote tells it. */
function failureOf(error: unknown): VoteFilesFailure {
  if (!(error instanceof RoomAssetRefused)) return 'other';
  if (error.reason === 'quota') return 'storageFull';
  return error.reason === 'tooLarge' ? 'tooLarge' : 'other';
}

/**
 * Stores an ended vote's signed JSON protocol (`vote-protocol`) and its PDF report (`vote-report`) as assets of the
 * meeting, both visible to everyone who took part. Both are made from the record as stored, read back, so they show
 * exactly what `plenum verify-vote` checks, with the after-the-end log as stored so far (`VoteProtocol`): called
 * again when that log grew, it stores new files (the new ids are the current links; the module then removes the old
 * ones). The files are
 * named by the vote's start and title (`VoteFileNames`: the same names again when made again). The report names the
 * meeting (the room's title, as the attendance port reads it; left out when the room records no meeting or it cannot
 * be read: the vote's files do not wait on the meeting history). Rejects when the record is not complete and signed,
 * or (`VoteFilesNotStored`, with why) a file cannot be kept; the protocol may then be stored without the report.
 */
export async function storeVoteFiles(
  { records, assets, attendance }: VoteFilesPorts,
  voteId: string,
  options: VoteFilesOptions,
): Promise<VoteFiles> {
  const document = voteDocument(await readVoteRecord(records, voteId));
  const afterEnd = await readAfterEndDocument(records, voteId);
  const first = document.entries[0];
  const started = voteEntryData.started.safeParse(first?.data);
  if (!first || !started.success) throw new Error('the record does not begin with a vote start');
  // The vote's initiator's account is the files' creator.
  const createdBy = started.data.initiator.userId;
  const name = options.names.nameOf({ voteId, title: started.data.title, startedAt: first.at }, options.language);
  const meeting = await attendance.list({ includeEmail: false }).then(
    (list) => list?.title ?? null,
    () => null,
  );
  const protocol = await assets
    .store(
      {
        kind: 'vote-protocol',
        filename: `${name}.json`,
        mediaType: 'application/json',
        visibility: 'participants',
        createdBy,
      },
      new TextEncoder().encode(serializeVoteProtocol({ record: document, afterEnd })),
    )
    .catch((cause: unknown) => {
      throw new VoteFilesNotStored(failureOf(cause), null, { cause });
    });
  const report = await renderVoteReport(
    document,
    { language: options.language, organisation: options.organisation, createdAt: options.createdAt, meeting },
    afterEnd,
  )
    .then((pdf) =>
      assets.store(
        {
          kind: 'vote-report',
          filename: `${name}.pdf`,
          mediaType: 'application/pdf',
          visibility: 'participants',
          createdBy,
        },
        pdf,
      ),
    )
    .catch((cause: unknown) => {
      throw new VoteFilesNotStored(failureOf(cause), protocol.id, { cause });
    });
  return { protocolAssetId: protocol.id, reportAssetId: report.id };
}
