import { describe, expect, it } from 'vitest';
import {
  ALICE,
  accessTicket,
  BOB,
  bannedFrame,
  closingFrame,
  joinedFrame,
  notAdmittedFrame,
  removedFrame,
  resumeRejectedFrame,
  roomFullFrame,
  ticketRejectedFrame,
  waitingFrame,
} from './fixtures.test-support.js';
import {
  type ConnectionStatus,
  SignalingConnection,
  type SocketHandlers,
  type TicketAnswer,
} from './SignalingConnection.js';

class FakeSocket {
  readonly sent: unknown[] = [];
  closed = false;
  constructor(readonly handlers: SocketHandlers) {}
  send(data: string): void {
    this.sent.push(JSON.parse(data));
  }
  close(): void {
    this.closed = true;
  }
  receive(frame: unknown): void {
    this.handlers.onMessage(JSON.stringify(frame));
  }
}

/** Lets pending ticket requests settle. */
async function flush(): Promise<void> {
  for (let i = 0; i < 10; i++) await Promise.resolve();
}

const join = (n: number, extra: object = {}) => ({
  ns: 'core',
  action: 'join',
  displayName: 'Bob',
  ticket: accessTicket(n),
  ...extra,
});

function setup(resume?: { participantId: string; secret: string }) {
  const sockets: FakeSocket[] = [];
  const timers: { fn: () => void; ms: number; cancelled: boolean }[] = [];
  const statuses: ConnectionStatus[] = [];
  const frames: unknown[] = [];
  /** Answers for the next ticket requests; when empty, tickets are issued in sequence. */
  const answers: TicketAnswer[] = [];
  let issued = 0;
  const connection = new SignalingConnection({
    displayName: 'Bob',
    resume: resume as never,
    ticket: async () => answers.shift() ?? { kind: 'ticket', ticket: accessTicket(++issued) },
    openSocket: (handlers) => {
      const socket = new FakeSocket(handlers);
      sockets.push(socket);
      return socket;
    },
    schedule: (fn, ms) => {
      const timer = { fn, ms, cancelled: false };
      timers.push(timer);
      return () => {
        timer.cancelled = true;
      };
    },
    random: () => 0,
    onFrame: (frame) => frames.push(frame),
    onStatus: (status) => statuses.push(status),
  });
  const socket = (i: number): FakeSocket => {
    const s = sockets[i];
    if (!s) throw new Error(`no socket ${i}`);
    return s;
  };
  /** Starts, lets the ticket arrive and opens the first socket. */
  const open = async () => {
    connection.start();
    await flush();
    socket(0).handlers.onOpen();
  };
  /** Runs timer `i` (a reconnect) and lets its ticket arrive. */
  const fire = async (i: number) => {
    timers[i]?.fn();
    await flush();
  };
  return { connection, sockets, socket, timers, statuses, frames, answers, open, fire };
}

describe('SignalingConnection', () => {
  it('fetchesATicketBeforeOpeningTheSocketAndJoinsWithIt', async () => {
    const t = setup();
    t.connection.start();
    expect(t.sockets).toHaveLength(0);
    await flush();
    t.socket(0).handlers.onOpen();
    expect(t.socket(0).sent).toEqual([join(1)]);
    t.socket(0).receive(joinedFrame);
    expect(t.statuses).toEqual([{ phase: 'connecting' }, { phase: 'joined', resumed: false }]);
    expect(t.frames).toEqual([joinedFrame]);
  });

  it('reconnectsWithBackoffAFreshTicketAndTheResumeTicketFromJoined', async () => {
    const t = setup();
    await t.open();
    t.socket(0).receive(joinedFrame);
    t.socket(0).handlers.onClose();
    expect(t.statuses.at(-1)).toEqual({ phase: 'reconnecting', attempt: 0, serverShutdown: false });
    expect(t.timers.map((x) => x.ms)).toEqual([500]);
    await t.fire(0);
    t.socket(1).handlers.onClose();
    expect(t.timers.map((x) => x.ms)).toEqual([500, 1000]);
    await t.fire(1);
    t.socket(2).handlers.onOpen();
    expect(t.socket(2).sent).toEqual([join(3, { resume: joinedFrame.resume })]);
  });

  it('joinsAfreshWithANewTicketOnTheSameSocketWhenTheResumeTicketIsRejected', async () => {
    const t = setup();
    await t.open();
    t.socket(0).receive(joinedFrame);
    t.socket(0).handlers.onClose();
    await t.fire(0);
    t.socket(1).handlers.onOpen();
    t.socket(1).receive(resumeRejectedFrame);
    await flush();
    expect(t.socket(1).sent.at(-1)).toEqual(join(3));
  });

  it('joinsAfreshUnderTheNameTheServerLastConfirmed', async () => {
    const t = setup();
    await t.open();
    t.socket(0).receive(joinedFrame);
    t.connection.setDisplayName('Bob Berger');
    t.socket(0).handlers.onClose();
    await t.fire(0);
    t.socket(1).handlers.onOpen();
    t.socket(1).receive(resumeRejectedFrame);
    await flush();
    expect(t.socket(1).sent.at(-1)).toEqual({ ...join(3), displayName: 'Bob Berger' });
  });

  it('fetchesOneMoreTicketWhenTheServerRejectsOneAndJoinsOnTheSameSocket', async () => {
    const t = setup();
    await t.open();
    t.socket(0).receive(ticketRejectedFrame('expired'));
    await flush();
    expect(t.sockets).toHaveLength(1);
    expect(t.socket(0).sent).toEqual([join(1), join(2)]);
    t.socket(0).receive(joinedFrame);
    expect(t.statuses.at(-1)).toEqual({ phase: 'joined', resumed: false });
  });

  it('givesUpClearlyWhenTheSecondTicketIsRejectedToo', async () => {
    const t = setup();
    await t.open();
    t.socket(0).receive(ticketRejectedFrame());
    await flush();
    t.socket(0).receive(ticketRejectedFrame());
    await flush();
    expect(t.socket(0).sent).toHaveLength(2);
    expect(t.socket(0).closed).toBe(true);
    expect(t.statuses.at(-1)).toEqual({ phase: 'closed', reason: 'ticketRejected' });
    expect(t.timers).toEqual([]);
  });

  it('backsOffWhenNoTicketIsAvailableAndEndsWhenItIsRefused', async () => {
    const t = setup();
    t.answers.push({ kind: 'unavailable' });
    t.connection.start();
    await flush();
    expect(t.sockets).toHaveLength(0);
    expect(t.statuses.at(-1)).toEqual({ phase: 'reconnecting', attempt: 0, serverShutdown: false });
    t.answers.push({ kind: 'refused' });
    await t.fire(0);
    expect(t.sockets).toHaveLength(0);
    expect(t.statuses.at(-1)).toEqual({ phase: 'closed', reason: 'accessRefused' });
  });

  it('aTicketRequestThatFailsCountsAsUnavailable', async () => {
    const t = setup();
    const connection = new SignalingConnection({
      displayName: 'Bob',
      ticket: () => Promise.reject(new Error('offline')),
      openSocket: () => {
        throw new Error('must not open a socket without a ticket');
      },
      schedule: () => () => undefined,
      onFrame: () => undefined,
      onStatus: (status) => t.statuses.push(status),
    });
    connection.start();
    await flush();
    expect(t.statuses.at(-1)).toMatchObject({ phase: 'reconnecting' });
  });

  it('waitingIsReportedAndADroppedWaitingConnectionJoinsAfreshWithoutResume', async () => {
    const t = setup();
    await t.open();
    t.socket(0).receive(waitingFrame());
    expect(t.statuses.at(-1)).toEqual({ phase: 'waiting', sentBack: false });
    t.socket(0).receive(joinedFrame);
    expect(t.statuses.at(-1)).toEqual({ phase: 'joined', resumed: false });
    t.socket(0).receive(waitingFrame(true));
    expect(t.statuses.at(-1)).toEqual({ phase: 'waiting', sentBack: true });
    t.socket(0).handlers.onClose();
    await t.fire(0);
    t.socket(1).handlers.onOpen();
    expect(t.socket(1).sent).toEqual([join(2)]);
  });

  it('notAdmittedEndsTheConnectionForGood', async () => {
    const t = setup();
    await t.open();
    t.socket(0).receive(waitingFrame());
    t.socket(0).receive(notAdmittedFrame);
    t.socket(0).handlers.onClose();
    expect(t.statuses.at(-1)).toEqual({ phase: 'closed', reason: 'notAdmitted' });
    expect(t.frames).toEqual([waitingFrame(), notAdmittedFrame]);
    expect(t.timers).toEqual([]);
  });

  it('aRemovalEndsTheConnectionForGoodWithItsReasonAndWhoDidIt', async () => {
    for (const reason of ['kicked', 'banned', 'debrief', 'meetingEnded'] as const) {
      const t = setup();
      await t.open();
      t.socket(0).receive(joinedFrame);
      t.socket(0).receive(removedFrame(reason, ALICE));
      t.socket(0).handlers.onClose();
      expect(t.statuses.at(-1)).toEqual({ phase: 'closed', reason, by: ALICE, byYou: false });
      expect(t.frames.at(-1)).toEqual(removedFrame(reason, ALICE));
      expect(t.socket(0).closed).toBe(true);
      expect(t.timers).toEqual([]);
      expect(t.sockets).toHaveLength(1);
    }
  });

  it('tellsTheModeratorWhoEndedTheMeetingThatItWasThem', async () => {
    const t = setup();
    await t.open();
    t.socket(0).receive(joinedFrame);
    t.socket(0).receive(removedFrame('meetingEnded', BOB));
    expect(t.statuses.at(-1)).toEqual({ phase: 'closed', reason: 'meetingEnded', by: BOB, byYou: true });

    const unnamed = setup();
    await unnamed.open();
    unnamed.socket(0).receive(joinedFrame);
    unnamed.socket(0).receive(removedFrame('meetingEnded'));
    expect(unnamed.statuses.at(-1)).toEqual({ phase: 'closed', reason: 'meetingEnded', by: null, byYou: false });
  });

  it('aBannedJoinStopsTryingAndAKickedClosingToo', async () => {
    const t = setup();
    await t.open();
    t.socket(0).receive(bannedFrame);
    t.socket(0).handlers.onClose();
    expect(t.statuses.at(-1)).toEqual({ phase: 'closed', reason: 'banned', by: null, byYou: false });
    expect(t.frames).toEqual([bannedFrame]);
    expect(t.timers).toEqual([]);

    const kicked = setup();
    await kicked.open();
    kicked.socket(0).receive(joinedFrame);
    kicked.socket(0).receive(closingFrame('kicked'));
    kicked.socket(0).handlers.onClose();
    expect(kicked.statuses.at(-1)).toEqual({ phase: 'closed', reason: 'kicked', by: null, byYou: false });
    expect(kicked.timers).toEqual([]);
  });

  it('leaveSendsLeaveClosesAndNeverReconnects', async () => {
    const t = setup();
    await t.open();
    t.connection.leave();
    expect(t.socket(0).sent.at(-1)).toEqual({ ns: 'core', action: 'leave' });
    expect(t.socket(0).closed).toBe(true);
    t.socket(0).handlers.onClose();
    expect(t.timers).toEqual([]);
    expect(t.statuses.at(-1)).toEqual({ phase: 'closed', reason: 'left' });
  });

  it('leavingWhileTheTicketIsOnItsWayOpensNoSocket', async () => {
    const t = setup();
    t.connection.start();
    t.connection.leave();
    await flush();
    expect(t.sockets).toHaveLength(0);
    expect(t.statuses.at(-1)).toEqual({ phase: 'closed', reason: 'left' });
  });

  it('roomClosedAndTimeLimitStopButShutdownKeepsReconnecting', async () => {
    for (const reason of ['roomClosed', 'timeLimit'] as const) {
      const closed = setup();
      await closed.open();
      closed.socket(0).receive(closingFrame(reason));
      closed.socket(0).handlers.onClose();
      expect(closed.statuses.at(-1)).toEqual({ phase: 'closed', reason });
      expect(closed.timers).toEqual([]);
    }

    const shutdown = setup();
    await shutdown.open();
    shutdown.socket(0).receive(closingFrame('shutdown'));
    shutdown.socket(0).handlers.onClose();
    expect(shutdown.statuses.at(-1)).toEqual({ phase: 'reconnecting', attempt: 0, serverShutdown: true });
  });

  it('roomFullEndsTheConnection', async () => {
    const t = setup();
    await t.open();
    t.socket(0).receive(roomFullFrame);
    expect(t.statuses.at(-1)).toEqual({ phase: 'closed', reason: 'roomFull' });
    expect(t.frames).toEqual([roomFullFrame]);
  });

  it('ignoresFramesThatAreNotJson', async () => {
    const t = setup();
    await t.open();
    t.socket(0).handlers.onMessage('{not json');
    expect(t.frames).toEqual([]);
  });

  it('resumesWithATicketFromBeforeAReloadOnTheFirstJoin', async () => {
    const ticket = { participantId: 'bob-participant-00002', secret: 'secret-from-before-reload' };
    const t = setup(ticket);
    await t.open();
    expect(t.socket(0).sent).toEqual([join(1, { resume: ticket })]);
    t.socket(0).receive({ ...joinedFrame, resumed: true });
    expect(t.statuses.at(-1)).toEqual({ phase: 'joined', resumed: true });
  });

  it('closesWithResumeRejectedWhenTheTicketFromBeforeAReloadIsRejected', async () => {
    const t = setup({ participantId: 'bob-participant-00002', secret: 'secret-from-before-reload' });
    await t.open();
    t.socket(0).receive(resumeRejectedFrame);
    await flush();
    expect(t.socket(0).sent).toHaveLength(1);
    expect(t.socket(0).closed).toBe(true);
    expect(t.statuses.at(-1)).toEqual({ phase: 'closed', reason: 'resumeRejected' });
    expect(t.frames).toEqual([resumeRejectedFrame]);
  });

  it('suspendClosesWithoutGoodbyeAndNeverReconnects', async () => {
    const t = setup();
    await t.open();
    t.socket(0).receive(joinedFrame);
    t.connection.suspend();
    expect(t.socket(0).sent).toEqual([join(1)]);
    expect(t.socket(0).closed).toBe(true);
    expect(t.statuses.at(-1)).toEqual({ phase: 'closed', reason: 'suspended' });
    expect(t.timers).toEqual([]);
  });
});
