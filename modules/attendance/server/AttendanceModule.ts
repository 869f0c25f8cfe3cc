import { assertNever, type CommandOf, type ConnectionId, type JoinStateOf } from '@plenum/protocol';
import { reportSettings } from '@plenum/reports';
import { defineModule, type Issuer, type ModuleContext, type ModuleInstance, moderatorRoles } from '@plenum/room-kit';
import { type AttendanceProtocol, attendanceProtocol, GENERATE_INTERVAL_MS, type ReportLanguage } from '../protocol.js';
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
      readonly connection: ConnectionId;
      readonly commandId: string | undefined;
      readonly error: unknown;
    };

type Ctx = ModuleContext<AttendanceProtocol, AttendanceLoopback>;

/** German when the requester's UI language is not sent: the administrations Plenum is built for write German. */
const DEFAULT_LANGUAGE: ReportLanguage = 'de';

/**
 * Attendance reports on request of owner or moderators (others get `forbidden`). One report is made at a time per
 * room, and at most one is started every `GENERATE_INTERVAL_MS` (`tooSoon`), so repeated clicks cannot keep the
 * server rendering. The stored report is announced to every moderator (the requester among them), since each of
 * them may download it; a failure goes to the requesting connection only.
 *
 * The report is written in the requesting moderator's UI language, not in the tenant's language
 * (`RoomSettings.language`) that the vote reports and minutes use: it is a working document for whoever asked for
 * it (to check who was there, to fill in a form), not a record the body issues, and anyone who needs it in the
 * other language can ask again with their UI switched. Its header names the room's tenant as the issuing body, as
 * the other records do.
 */
export class AttendanceModule implements ModuleInstance<AttendanceProtocol, AttendanceLoopback> {
  readonly #ctx: Ctx;
  /** The issuing body printed in the report's header: the room's tenant (`reportSettings(…).organisation`). */
  readonly #organisation: string;
  /** When the latest report was started (room clock), or null before the first. */
  #lastStartedAt: number | null = null;
  #making = false;

  constructor(ctx: Ctx, organisation: string = reportSettings({}).organisation) {
    this.#ctx = ctx;
    this.#organisation = organisation;
  }

  /** Everyone gets the (empty) state, so the client knows the module is on; only moderators see its tools. */
  onConnect(): JoinStateOf<AttendanceProtocol> {
    return {};
  }

  onCommand(command: CommandOf<AttendanceProtocol>, from: Issuer): void {
    switch (command.action) {
      case 'generate':
        this.#generate(command.includeEmail, command.language ?? DEFAULT_LANGUAGE, from);
        break;
      default:
        assertNever(command.action);
    }
  }

  onLoopback(event: AttendanceLoopback): void {
    this.#making = false;
    switch (event.type) {
      case 'stored':
        this.#ctx.log.info({ asset: event.assetId }, 'attendance report stored');
        this.#ctx.broadcast(
          {
            event: 'reportReady',
            assetId: event.assetId,
            includeEmail: event.includeEmail,
            createdAt: event.createdAt,
          },
          { roles: moderatorRoles },
        );
        break;
      case 'failed': {
        const reason = event.error instanceof AttendanceReportFailure ? event.error.reason : 'storeFailed';
        if (reason === 'noMeeting') {
          this.#ctx.sendError(event.connection, { error: 'noMeeting' }, event.commandId);
          break;
        }
        this.#ctx.log.error({ err: event.error, reason }, 'attendance report not stored');
        this.#ctx.sendError(event.connection, { error: 'storeFailed' }, event.commandId);
        break;
      }
      default:
        assertNever(event);
    }
  }

  #generate(includeEmail: boolean, language: ReportLanguage, from: Issuer): void {
    this.#ctx.requireModerator(from);
    const now = this.#ctx.now();
    const since = this.#lastStartedAt === null ? Number.POSITIVE_INFINITY : now - this.#lastStartedAt;
    if (this.#making || since < GENERATE_INTERVAL_MS) {
      const waitMs = this.#making ? GENERATE_INTERVAL_MS : GENERATE_INTERVAL_MS - since;
      this.#ctx.reject({
        error: 'tooSoon',
        retryAfterSeconds: Math.ceil(waitMs / 1000),
        intervalSeconds: GENERATE_INTERVAL_MS / 1000,
      });
    }
    this.#lastStartedAt = now;
    this.#making = true;
    const { attendance, assets } = this.#ctx.ports;
    const { connectionId, commandId } = from;
    this.#ctx.spawn(
      storeAttendanceReport(attendance, assets, {
        includeEmail,
        language,
        createdBy: from.participant.userId,
        organisation: this.#organisation,
        createdAt: new Date(now).toISOString(),
      }),
      (o): AttendanceLoopback =>
        o.ok
          ? { type: 'stored', assetId: o.value.assetId, includeEmail, createdAt: now }
          : { type: 'failed', connection: connectionId, commandId, error: o.error },
    );
  }
}

/** The `attendance` module: on in every room (it only reads what the meeting history keeps). */
export const attendanceModule = defineModule<AttendanceProtocol, AttendanceLoopback>({
  protocol: attendanceProtocol,
  init: (ctx, settings) => new AttendanceModule(ctx, reportSettings(settings).organisation),
});
