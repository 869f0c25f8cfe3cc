import { Counter, Gauge, Histogram, Registry } from 'prom-client';

export interface LiveCounts {
  rooms: number;
  participants: number;
  connections: number;
}

/**
 * The Prometheus metrics of one server: its own registry (no global state), with gauges read
 * from the live room host at scrape time.
 */
export class Metrics {
  readonly registry = new Registry();
  readonly signalingMessages: Counter<'direction' | 'ns'>;
  readonly signalingRejected: Counter<'reason'>;
  readonly janusRoundTrip: Histogram;
  readonly janusConnected: Gauge;
  readonly janusRestarts: Counter;
  readonly httpRequests: Counter<'method' | 'route' | 'status'>;

  constructor(counts: () => LiveCounts) {
    const registers = [this.registry];
    new Gauge({
      name: 'plenum_rooms',
      help: 'Rooms currently active on this server',
      registers,
      collect() {
        this.set(counts().rooms);
      },
    });
    new Gauge({
      name: 'plenum_participants',
      help: 'Participants currently in rooms on this server',
      registers,
      collect() {
        this.set(counts().participants);
      },
    });
    new Gauge({
      name: 'plenum_connections',
      help: 'Signalling connections currently joined',
      registers,
      collect() {
        this.set(counts().connections);
      },
    });
    this.signalingMessages = new Counter({
      name: 'plenum_signaling_messages_total',
      help: 'Signalling frames by direction and module namespace',
      labelNames: ['direction', 'ns'],
      registers,
    });
    this.signalingRejected = new Counter({
      name: 'plenum_signaling_rejected_total',
      help: 'Inbound signalling frames rejected before reaching a room, by reason',
      labelNames: ['reason'],
      registers,
    });
    this.janusRoundTrip = new Histogram({
      name: 'plenum_janus_round_trip_seconds',
      help: 'Round-trip time of requests to Janus',
      buckets: [0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5],
      registers,
    });
    this.janusConnected = new Gauge({
      name: 'plenum_janus_connected',
      help: '1 while the WebSocket to Janus is up, 0 while it reconnects',
      registers,
    });
    this.janusRestarts = new Counter({
      name: 'plenum_janus_restarts_total',
      help: 'Times the embedded Janus exited unexpectedly and was started again',
      registers,
    });
    this.httpRequests = new Counter({
      name: 'plenum_http_requests_total',
      help: 'HTTP requests by method, route and status',
      labelNames: ['method', 'route', 'status'],
      registers,
    });
  }
}
