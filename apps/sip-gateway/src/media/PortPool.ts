/** The RTP ports the gateway may bind, e.g. from configuration `rtpPorts: 20000-20999`. */
export interface PortRange {
  readonly min: number;
  readonly max: number;
}

/**
 * Hands out even UDP ports from a range (RTP on even ports, RFC 3550 §11; the odd port above is left for RTCP,
 * which the gateway neither binds nor sends). Ports are taken round-robin, so a port that was just released is
 * the last to be handed out again: late packets of an ended call do not land in the next call. A port that turns
 * out to be taken by another process is simply released and the next one tried (`CallMedia.open` does that).
 */
export class PortPool {
  private readonly ports: number[] = [];
  private readonly inUse = new Set<number>();
  private cursor = 0;

  constructor(range: PortRange) {
    const { min, max } = range;
    if (!Number.isInteger(min) || !Number.isInteger(max) || min < 1024 || max > 65535 || min > max) {
      throw new RangeError('RTP port range must be integers with 1024 <= min <= max <= 65535');
    }
    for (let port = min + (min % 2); port <= max; port += 2) this.ports.push(port);
    if (this.ports.length === 0) throw new RangeError('RTP port range holds no even port');
  }

  /** Even ports not handed out. */
  get free(): number {
    return this.ports.length - this.inUse.size;
  }

  /** The next free even port, or `undefined` when all are in use. */
  acquire(): number | undefined {
    for (let tried = 0; tried < this.ports.length; tried++) {
      const port = this.ports[this.cursor] as number;
      this.cursor = (this.cursor + 1) % this.ports.length;
      if (!this.inUse.has(port)) {
        this.inUse.add(port);
        return port;
      }
    }
    return undefined;
  }

  /** Gives a port back; releasing a port that is not in use does nothing. */
  release(port: number): void {
    this.inUse.delete(port);
  }
}
