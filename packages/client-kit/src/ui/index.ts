export type { Locale, Messages } from '../locale.js';
export { announcementText } from './announcementText.js';
export { CheckboxOption, type CheckboxOptionProps } from './CheckboxOption.js';
export { ChoiceGroup, type ChoiceGroupProps } from './ChoiceGroup.js';
export { CloseIcon } from './CloseIcon.js';
export { FieldGroup, type FieldGroupProps } from './FieldGroup.js';
export { LineIcon } from './LineIcon.js';
export { ModulePanel, type ModulePanelProps } from './ModulePanel.js';
export { InMenuContext, type MenuItemAttributes, menuItemAttributes, useMenuItemAttributes } from './menuItem.js';
export { missingTranslations } from './missingTranslations.js';
export { melody, playTones, type Tone } from './playTones.js';
export { RunningSummary, type RunningSummaryProps } from './RunningSummary.js';
export { StartFormFrame, type StartFormFrameProps } from './StartFormFrame.js';
export { TextField, type TextFieldProps } from './TextField.js';
export {
  type AnyModuleMessages,
  type AnyUiModule,
  defineUiModule,
  type MicrophoneState,
  type ModerationPlace,
  type ModerationSection,
  type ModuleMessages,
  type PanelProps,
  type ParticipantMenuEntry,
  type SlotProps,
  type TileBadgeProps,
  type ToolbarEntry,
  type UiModule,
} from './UiModule.js';
export { type Chunk, useChunk } from './useChunk.js';
export { focusFellToPage, useFocusAfterAnswer } from './useFocusAfterAnswer.js';
export { useFocusStaysInList } from './useFocusStaysInList.js';
export { type FormProblem, type InvalidAttributes, useFormProblem } from './useFormProblem.js';
export { useServerNow } from './useServerNow.js';
