export { findDuplicates } from './duplicates';
export type {
  DuplicateCandidateInput,
  DuplicateLookup,
  DuplicateLookupHit,
  DuplicateMatch,
  DuplicateReason,
} from './duplicates';
