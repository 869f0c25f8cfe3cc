import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { EmbeddedJanus } from './embeddedJanus.js';
import { type JanusIdentity, superviseJanus } from './superviseJanus.js';

type Exit = { code: number | null; signal: NodeJS.Signals | null };

/** A Janus process that the test kills (`die`) or stops. */
interface FakeProcess extends EmbeddedJanus {
  die(signal?: NodeJS.Signals): void;
  readonly stopped: boolean;
}

function fakeProcess(pid: number, keep: JanusIdentity | null): FakeProcess {
  let exit!: (info: Exit) => void;
  const exited = new Promise<Exit>((resolve) => {
    exit = resolve;
  });
  let stopped = false;
  return {
    url: `ws://127.0.0.1:${keep?.wsPort ?? 7000}`,
    apiSecret: keep?.apiSecret ?? 'secret',
    adminKey: keep?.adminKey ?? 'admin',
    iceAddress: '10.0.0.1',
    logFile: '/dev/null',
    pid,
    exited,
    die: (signal = 'SIGKILL') => exit({ code: null, signal }),
    get stopped() {
      return stopped;
    },
    stop: async () => {
      stopped = true;
      exit({ code: 0, signal: null });
    },
  };
}

const logs: { level: string; message: string; details: Readonly<Record<string, unknown>> }[] = [];
const logger = {
  info: (details: Readonly<Record<string, unknown>>, message: string) => logs.push({ level: 'info', message, details }),
  warn: (details: Readonly<Record<string, unknown>>, message: string) => logs.push({ level: 'warn', message, details }),
};

/** A launcher that records what it was asked to keep, and fails while `failing` is above zero. */
function launcher() {
  const launched: FakeProcess[] = [];
  const kept: (JanusIdentity | null)[] = [];
  const state = { failing: 0 };
  const launch = async (keep: JanusIdentity | null) => {
    kept.push(keep);
    if (state.failing > 0) {
      state.failing--;
      throw new Error('port in use');
    }
    const process = fakeProcess(100 + launched.length, keep);
    launched.push(process);
    return process;
  };
  return { launch, launched, kept, state };
}

const mid = () => 0.5;

beforeEach(() => {
  vi.useFakeTimers();
  logs.length = 0;
});
afterEach(() => {
  vi.useRealTimers();
});

describe('superviseJanus', () => {
  it('restartsJanusOnTheSamePortWithTheSameSecretsAfterItDies', async () => {
    const { launch, launched, kept } = launcher();
    const restarted: number[] = [];
    const janus = await superviseJanus({ launch, logger, random: mid, onRestarted: (j) => restarted.push(j.pid) });
    expect(kept).toEqual([null]);
    launched[0]?.die();
    await vi.advanceTimersByTimeAsync(0);
    expect(janus.current).toBeNull();
    await vi.advanceTimersByTimeAsync(249);
    expect(launched).toHaveLength(1);
    await vi.advanceTimersByTimeAsync(1);
    expect(kept[1]).toEqual({ wsPort: 7000, apiSecret: 'secret', adminKey: 'admin' });
    expect(janus.current?.pid).toBe(101);
    expect(janus.current?.url).toBe(janus.url);
    expect(janus.restarts).toBe(1);
    expect(restarted).toEqual([101]);
    expect(logs.map((l) => [l.level, l.message])).toEqual([
      ['warn', 'janus exited unexpectedly, restarting'],
      ['info', 'janus restarted'],
    ]);
    expect(logs[0]?.details).toMatchObject({ pid: 100, signal: 'SIGKILL' });
    expect(JSON.stringify(logs)).not.toContain('secret');
  });

  it('backsOffWhileRestartsFailAndWhileJanusKeepsDying', async () => {
    const { launch, launched, kept, state } = launcher();
    await superviseJanus({ launch, logger, random: mid, stableMs: 60_000 });
    state.failing = 2;
    launched[0]?.die();
    await vi.advanceTimersByTimeAsync(250); // attempt 0 fails
    expect(kept).toHaveLength(2);
    await vi.advanceTimersByTimeAsync(499);
    expect(kept).toHaveLength(2);
    await vi.advanceTimersByTimeAsync(1); // attempt 1 (500 ms) fails
    expect(kept).toHaveLength(3);
    await vi.advanceTimersByTimeAsync(1000); // attempt 2 (1 s) succeeds
    expect(launched).toHaveLength(2);
    // It dies again at once: the backoff keeps growing (2 s).
    launched[1]?.die();
    await vi.advanceTimersByTimeAsync(1999);
    expect(launched).toHaveLength(2);
    await vi.advanceTimersByTimeAsync(1);
    expect(launched).toHaveLength(3);
    expect(logs.filter((l) => l.message === 'janus restart failed, trying again')).toHaveLength(2);
  });

  it('restartsQuicklyAgainAfterJanusRanStably', async () => {
    const { launch, launched } = launcher();
    await superviseJanus({ launch, random: mid, stableMs: 10_000 });
    launched[0]?.die();
    await vi.advanceTimersByTimeAsync(250);
    launched[1]?.die();
    await vi.advanceTimersByTimeAsync(500);
    expect(launched).toHaveLength(3);
    await vi.advanceTimersByTimeAsync(10_000);
    launched[2]?.die();
    await vi.advanceTimersByTimeAsync(250);
    expect(launched).toHaveLength(4);
  });

  it('doesNotRestartJanusThatWasStoppedOnPurpose', async () => {
    const { launch, launched } = launcher();
    const janus = await superviseJanus({ launch, random: mid });
    await janus.stop();
    expect(launched[0]?.stopped).toBe(true);
    await vi.advanceTimersByTimeAsync(60_000);
    expect(launched).toHaveLength(1);
    expect(janus.restarts).toBe(0);
  });

  it('stopDuringABackoffCancelsTheRestart', async () => {
    const { launch, launched } = launcher();
    const janus = await superviseJanus({ launch, random: mid });
    launched[0]?.die();
    await vi.advanceTimersByTimeAsync(100);
    await janus.stop();
    await vi.advanceTimersByTimeAsync(60_000);
    expect(launched).toHaveLength(1);
  });

  it('reportsAFailedFirstStartInsteadOfRetrying', async () => {
    const { launch, kept, state } = launcher();
    state.failing = 1;
    await expect(superviseJanus({ launch })).rejects.toThrow('port in use');
    await vi.advanceTimersByTimeAsync(60_000);
    expect(kept).toHaveLength(1);
  });
});
