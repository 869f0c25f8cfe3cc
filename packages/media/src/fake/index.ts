export { FakeAudioMixer, FakeMixInput, FakePhoneLeg } from './FakeAudioMixer.js';
export { FakeMediaPlane, type FakeMediaPlaneOptions } from './FakeMediaPlane.js';
export { FakeMediaRoom } from './FakeMediaRoom.js';
export { FakePublisher } from './FakePublisher.js';
export { FakeSubscriber } from './FakeSubscriber.js';
export type { FakeOperation } from './FakeWorld.js';
