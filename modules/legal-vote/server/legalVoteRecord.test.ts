import { legalVoteRecordScenarios } from './legalVoteRecordScenarios.test-support.js';
import { memoryVoteStore } from './legalVoteStorage.test-support.js';

legalVoteRecordScenarios(memoryVoteStore);
