export type { Locale, Messages } from '../locale.js';
export { announcementText } from './announcementText.js';
export { LineIcon } from './LineIcon.js';
export { missingTranslations } from './missingTranslations.js';
export { melody, playTones, type Tone } from './playTones.js';
export {
  type AnyModuleMessages,
  type AnyUiModule,
  defineUiModule,
  type ModerationSection,
  type ModuleMessages,
  type PanelProps,
  type ParticipantMenuEntry,
  type SlotProps,
  type TileBadgeProps,
  type ToolbarEntry,
  type UiModule,
} from './UiModule.js';
