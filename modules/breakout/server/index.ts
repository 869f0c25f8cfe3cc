export {
  type BreakoutLoopback,
  BreakoutModule,
  type BreakoutOptions,
  breakoutModule,
  createBreakoutModule,
} from './BreakoutModule.js';
