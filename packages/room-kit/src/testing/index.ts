export { FakeClock } from './FakeClock.js';
export { Inbox, type Persona, type PersonaName, personas } from './Persona.js';
export { TestPersona, TestRoom, type TestRoomOptions } from './TestRoom.js';
