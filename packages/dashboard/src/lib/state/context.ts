import { getContext, setContext } from 'svelte';
import type { Review } from './review.svelte.js';

const KEY = Symbol('revue.review');

/** Makes the review state available to every page under the root layout. */
export function provideReview(review: Review): Review {
  return setContext(KEY, review);
}

/** The review state provided by the root layout. */
export function useReview(): Review {
  const review = getContext<Review | undefined>(KEY);
  if (!review) throw new Error('useReview must be called under the root layout');
  return review;
}
