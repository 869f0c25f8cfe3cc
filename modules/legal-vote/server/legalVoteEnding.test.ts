import { legalVoteEndingScenarios } from './legalVoteEndingScenarios.test-support.js';
import { memoryVoteStore } from './legalVoteStorage.test-support.js';

legalVoteEndingScenarios(memoryVoteStore);
