export { replacementPlan } from './replacement.js';
export {
  REPLACEMENT_LISTED,
  REPLACEMENT_REASONS,
  type ReplacementAsset,
  type ReplacementBudget,
  type ReplacementOptions,
  type ReplacementReason,
  type ReplacementResult,
  type ReplacementTco,
} from './types.js';
