/** The call flow of a telephone caller (IVR) and its prompts: the pure state machine and the built prompt audio. */
export { DEFAULT_IVR_LIMITS, type IvrConfig } from './IvrConfig.js';
export type { HangupReason, IvrAction, IvrInput, IvrTimer, LookupResult } from './IvrEvents.js';
export { IvrMachine, type IvrPhase } from './IvrMachine.js';
export { PromptLibrary, PromptLibraryError, type PromptLibraryProblem } from './PromptLibrary.js';
export { BUILD_PROMPTS_COMMAND, PROMPT_FRAME_SAMPLES, PROMPT_SAMPLE_RATE } from './promptFiles.js';
export {
  IVR_LANGUAGES,
  type IvrLanguage,
  isIvrLanguage,
  PROMPT_IDS,
  PROMPT_TEXTS,
  type PromptId,
  type PromptRef,
} from './promptTexts.js';
