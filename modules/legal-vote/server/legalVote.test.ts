import { legalVoteScenarios } from './legalVoteScenarios.test-support.js';
import { memoryVoteStore } from './legalVoteStorage.test-support.js';

legalVoteScenarios(memoryVoteStore);
