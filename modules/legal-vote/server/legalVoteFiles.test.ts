import { legalVoteFilesScenarios } from './legalVoteFilesScenarios.test-support.js';
import { memoryVoteStore } from './legalVoteStorage.test-support.js';

legalVoteFilesScenarios(memoryVoteStore);
