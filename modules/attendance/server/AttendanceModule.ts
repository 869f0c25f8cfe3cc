import { assertNever, type CommandOf, type ConnectionId, type JoinStateOf } from '@plenum/protocol';
import { type ReportSettings, reportSettings } from '@plenum/reports';
import {
  defineModule,
  type Issuer,
  isModerator,
  type ModuleContext,
  type ModuleInstance,
  moderatorRoles,
  type Participant,
  type Role,
} from '@plenum/room-kit';
import { listReport } from '../listReport.js';
import { type AttendanceProtocol, attendanceProtocol, GENERATE_INTERVAL_MS, type ReportFile } from '../protocol.js';
import { AttendanceReportFailure, storeAttendanceReport } from './storeAttendanceReport.js';

/** The outcome of one report's making, back in the room's turn. */
export type AttendanceLoopback =
  | {
      readonly type: 'stored';
      readonly assetId: string;
      readonly includeEmail: boolean;
      readonly createdAt: number;
    }
  | {
      readonly type: 'failed';
      readonly includeEmail: boolean;
      readonly connection: ConnectionId;
      readonly commandId: string | undefined;
      readonly error: unknown;
    };

type Ctx = ModuleContext<AttendanceProtocol, AttendanceLoopback>;

/** One variant of the report (with or without e-mail addresses) in this room: its latest start, and whether it runs. */
interface VariantRun {
  /** Room clock. */
  readonly startedAt: number;
  readonly making: boolean;
}

/** At least this long a `tooSoon` asks to wait, also when the interval has passed but the report is still being made. */
const MIN_RETRY_MS = 1_000;

/**
 * Attendance reports on request of owner or moderators (others get `forbidden`). Per variant (with or without e-mail
 * addresses) one report is made at a time, and at most one is started every `GENERATE_INTERVAL_MS` (`tooSoon`), so
 * repeated clicks cannot keep the server rendering (at most two reports at once per room), while a moderator who
 * wants both lists can ask for the other one right after the first. The stored report is announced to every moderator (the requester among them), since each of
 * them may download it; a failure goes to the requesting connection only, saying whether the storage is full (files
 * have to be deleted first) or anything else failed (try again).
 *
 * The report (its text and file name) is written in the tenant's language (`RoomSettings.language`), like the vote
 * reports and minutes of the same meeting, whatever language the requester's UI speaks: the meeting's records read
 * alike. Its header names the room's tenant as the issuing body, as the other records do.
 */
export class AttendanceModule implements ModuleInstance<AttendanceProtocol, AttendanceLoopback> {
  readonly #ctx: Ctx;
  /** The report's language and issuing body (printed in its header): the room's tenant's (`reportSettings`). */
  readonly #report: ReportSettings;
  /** Keyed by `includeEmail`; absent before that variant's first report. */
  readonly #runs = new Map<boolean, VariantRun>();
  /** The reports stored in this room's run, newest first, at most `LISTED_REPORTS`: what later moderators see. */
  #reports: readonly ReportFile[] = [];

  constructor(ctx: Ctx, report: ReportSettings = reportSettings({})) {
    this.#ctx = ctx;
    this.#report = report;
  }

  /**
   * Everyone gets the state, so the client knows the module is on; only owner and moderators see its tools and the
   * reports made so far (a reload or a late moderator still finds them).
   */
  onConnect(_connection: ConnectionId, participant: Participant): JoinStateOf<AttendanceProtocol> {
    return { reports: isModerator(participant.role) ? [...this.#reports] : [] };
  }

  /** A new moderator gets the reports made so far (a former one's client forgets them; downloads check the role). */
  onRoleChange(participant: Participant, previous: Role): void {
    if (!isModerator(participant.role) || isModerator(previous)) return;
    this.#ctx.send({ participant: participant.id }, { event: 'reportList', reports: [...this.#reports] });
  }

  onCommand(command: CommandOf<AttendanceProtocol>, from: Issuer): void {
    switch (command.action) {
      case 'generate':
        this.#generate(command.includeEmail, from);
        break;
      default:
        assertNever(command.action);
    }
  }

  onLoopback(event: AttendanceLoopback): void {
    const run = this.#runs.get(event.includeEmail);
    if (run) this.#runs.set(event.includeEmail, { ...run, making: false });
    switch (event.type) {
      case 'stored': {
        this.#ctx.log.info({ asset: event.assetId }, 'attendance report stored');
        const file = { assetId: event.assetId, includeEmail: event.includeEmail, createdAt: event.createdAt };
        this.#reports = listReport(this.#reports, file);
        this.#ctx.broadcast({ event: 'reportReady', ...file }, { roles: moderatorRoles });
        break;
      }
      case 'failed': {
        const reason = event.error instanceof AttendanceReportFailure ? event.error.reason : 'storeFailed';
        if (reason === 'noMeeting') {
          this.#ctx.sendError(event.connection, { error: 'noMeeting' }, event.commandId);
          break;
        }
        this.#ctx.log.error({ err: event.error, reason }, 'attendance report not stored');
        const told = reason === 'storageFull' ? 'storage' : 'internal';
        this.#ctx.sendError(event.connection, { error: 'storeFailed', reason: told }, event.commandId);
        break;
      }
      default:
        assertNever(event);
    }
  }

  #generate(includeEmail: boolean, from: Issuer): void {
    this.#ctx.requireModerator(from);
    const now = this.#ctx.now();
    const run = this.#runs.get(includeEmail);
    const since = run === undefined ? Number.POSITIVE_INFINITY : now - run.startedAt;
    if (run?.making || since < GENERATE_INTERVAL_MS) {
      const waitMs = Math.max(GENERATE_INTERVAL_MS - since, MIN_RETRY_MS);
      this.#ctx.reject({
        error: 'tooSoon',
        retryAfterSeconds: Math.ceil(waitMs / 1000),
        intervalSeconds: GENERATE_INTERVAL_MS / 1000,
      });
    }
    this.#runs.set(includeEmail, { startedAt: now, making: true });
    const { attendance, assets } = this.#ctx.ports;
    const { connectionId, commandId } = from;
    this.#ctx.spawn(
      storeAttendanceReport(attendance, assets, {
        includeEmail,
        language: this.#report.language,
        createdBy: from.participant.userId,
        organisation: this.#report.organisation,
        createdAt: new Date(now).toISOString(),
      }),
      (o): AttendanceLoopback =>
        o.ok
          ? { type: 'stored', assetId: o.value.assetId, includeEmail, createdAt: now }
          : { type: 'failed', includeEmail, connection: connectionId, commandId, error: o.error },
    );
  }
}

/** The `attendance` module: on in every room (it only reads what the meeting history keeps). */
export const attendanceModule = defineModule<AttendanceProtocol, AttendanceLoopback>({
  protocol: attendanceProtocol,
  init: (ctx, settings) => new AttendanceModule(ctx, reportSettings(settings)),
});
