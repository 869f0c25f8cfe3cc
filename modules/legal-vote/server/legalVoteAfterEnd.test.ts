import { legalVoteAfterEndScenarios } from './legalVoteAfterEndScenarios.test-support.js';
import { memoryVoteStore } from './legalVoteStorage.test-support.js';

legalVoteAfterEndScenarios(memoryVoteStore);
