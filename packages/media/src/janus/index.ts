export {
  type EmbeddedJanus,
  EmbeddedJanusError,
  type EmbeddedJanusOptions,
  type PortRange,
  startEmbeddedJanus,
} from './embeddedJanus.js';
export { JanusClient, type JanusClientOptions, type JanusLogger } from './JanusClient.js';
export { JanusMediaPlane, type JanusMediaPlaneOptions } from './JanusMediaPlane.js';
export {
  type JanusIdentity,
  type SupervisedJanus,
  type SuperviseJanusOptions,
  superviseJanus,
} from './superviseJanus.js';
