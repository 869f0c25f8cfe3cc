export type { AnnouncementMap, AnnouncementOf, AnnouncementTexts, ModuleAnnouncement } from './Announcement.js';
export { type AnyClientModule, type ClientModule, defineClientModule, type SwitchChange } from './ClientModule.js';
export { type Locale, locales, type Messages } from './locale.js';
export { type ModuleContext, nameOf } from './ModuleContext.js';
export type { ModuleInput, RuntimeChange } from './ModuleInput.js';
export { applyChange, checkRegistry, initModules, type ModuleStates, type Routed, routeFrame } from './ModuleStates.js';
export { refusedAnnouncement, switchAnnouncements } from './moduleSwitches.js';
export { type Self, selfChanged, selfOf } from './Self.js';
export { type CommandFrame, createSend, type Send } from './Send.js';
