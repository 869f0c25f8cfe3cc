import { describe, expect, it } from 'vitest';
import { closingFrame, joinedFrame, resumeRejectedFrame, roomFullFrame } from './fixtures.js';
import { type ConnectionStatus, SignalingConnection, type SocketHandlers } from './SignalingConnection.js';

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

function setup(resume?: { participantId: string; secret: string }) {
  const sockets: FakeSocket[] = [];
  const timers: { fn: () => void; ms: number; cancelled: boolean }[] = [];
  const statuses: ConnectionStatus[] = [];
  const frames: unknown[] = [];
  const connection = new SignalingConnection({
    displayName: 'Bob',
    resume: resume as never,
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
  return { connection, sockets, socket, timers, statuses, frames };
}

describe('SignalingConnection', () => {
  it('sendsJoinAsTheFirstFrameAndReportsJoined', () => {
    const t = setup();
    t.connection.start();
    t.socket(0).handlers.onOpen();
    expect(t.socket(0).sent).toEqual([{ ns: 'core', action: 'join', displayName: 'Bob' }]);
    t.socket(0).receive(joinedFrame);
    expect(t.statuses).toEqual([{ phase: 'connecting' }, { phase: 'joined', resumed: false }]);
    expect(t.frames).toEqual([joinedFrame]);
  });

  it('reconnectsWithBackoffAndResumesWithTheTicketFromJoined', () => {
    const t = setup();
    t.connection.start();
    t.socket(0).handlers.onOpen();
    t.socket(0).receive(joinedFrame);
    t.socket(0).handlers.onClose();
    expect(t.statuses.at(-1)).toEqual({ phase: 'reconnecting', attempt: 0, serverShutdown: false });
    expect(t.timers.map((x) => x.ms)).toEqual([500]);
    t.timers[0]?.fn();
    t.socket(1).handlers.onClose();
    expect(t.timers.map((x) => x.ms)).toEqual([500, 1000]);
    t.timers[1]?.fn();
    t.socket(2).handlers.onOpen();
    expect(t.socket(2).sent).toEqual([{ ns: 'core', action: 'join', displayName: 'Bob', resume: joinedFrame.resume }]);
  });

  it('joinsAfreshOnTheSameSocketWhenTheTicketIsRejected', () => {
    const t = setup();
    t.connection.start();
    t.socket(0).handlers.onOpen();
    t.socket(0).receive(joinedFrame);
    t.socket(0).handlers.onClose();
    t.timers[0]?.fn();
    t.socket(1).handlers.onOpen();
    t.socket(1).receive(resumeRejectedFrame);
    expect(t.socket(1).sent.at(-1)).toEqual({ ns: 'core', action: 'join', displayName: 'Bob' });
  });

  it('leaveSendsLeaveClosesAndNeverReconnects', () => {
    const t = setup();
    t.connection.start();
    t.socket(0).handlers.onOpen();
    t.connection.leave();
    expect(t.socket(0).sent.at(-1)).toEqual({ ns: 'core', action: 'leave' });
    expect(t.socket(0).closed).toBe(true);
    t.socket(0).handlers.onClose();
    expect(t.timers).toEqual([]);
    expect(t.statuses.at(-1)).toEqual({ phase: 'closed', reason: 'left' });
  });

  it('roomClosedStopsButShutdownKeepsReconnecting', () => {
    const closed = setup();
    closed.connection.start();
    closed.socket(0).handlers.onOpen();
    closed.socket(0).receive(closingFrame('roomClosed'));
    closed.socket(0).handlers.onClose();
    expect(closed.statuses.at(-1)).toEqual({ phase: 'closed', reason: 'roomClosed' });
    expect(closed.timers).toEqual([]);

    const shutdown = setup();
    shutdown.connection.start();
    shutdown.socket(0).handlers.onOpen();
    shutdown.socket(0).receive(closingFrame('shutdown'));
    shutdown.socket(0).handlers.onClose();
    expect(shutdown.statuses.at(-1)).toEqual({ phase: 'reconnecting', attempt: 0, serverShutdown: true });
  });

  it('roomFullEndsTheConnection', () => {
    const t = setup();
    t.connection.start();
    t.socket(0).handlers.onOpen();
    t.socket(0).receive(roomFullFrame);
    expect(t.statuses.at(-1)).toEqual({ phase: 'closed', reason: 'roomFull' });
    expect(t.frames).toEqual([roomFullFrame]);
  });

  it('ignoresFramesThatAreNotJson', () => {
    const t = setup();
    t.connection.start();
    t.socket(0).handlers.onMessage('{not json');
    expect(t.frames).toEqual([]);
  });

  it('resumesWithATicketFromBeforeAReloadOnTheFirstJoin', () => {
    const ticket = { participantId: 'bob-participant-00002', secret: 'secret-from-before-reload' };
    const t = setup(ticket);
    t.connection.start();
    t.socket(0).handlers.onOpen();
    expect(t.socket(0).sent).toEqual([{ ns: 'core', action: 'join', displayName: 'Bob', resume: ticket }]);
    t.socket(0).receive({ ...joinedFrame, resumed: true });
    expect(t.statuses.at(-1)).toEqual({ phase: 'joined', resumed: true });
  });

  it('closesWithResumeRejectedWhenTheTicketFromBeforeAReloadIsRejected', () => {
    const t = setup({ participantId: 'bob-participant-00002', secret: 'secret-from-before-reload' });
    t.connection.start();
    t.socket(0).handlers.onOpen();
    t.socket(0).receive(resumeRejectedFrame);
    expect(t.socket(0).sent).toHaveLength(1);
    expect(t.socket(0).closed).toBe(true);
    expect(t.statuses.at(-1)).toEqual({ phase: 'closed', reason: 'resumeRejected' });
    expect(t.frames).toEqual([resumeRejectedFrame]);
  });

  it('suspendClosesWithoutGoodbyeAndNeverReconnects', () => {
    const t = setup();
    t.connection.start();
    t.socket(0).handlers.onOpen();
    t.socket(0).receive(joinedFrame);
    t.connection.suspend();
    expect(t.socket(0).sent).toEqual([{ ns: 'core', action: 'join', displayName: 'Bob' }]);
    expect(t.socket(0).closed).toBe(true);
    expect(t.statuses.at(-1)).toEqual({ phase: 'closed', reason: 'suspended' });
    expect(t.timers).toEqual([]);
  });
});
