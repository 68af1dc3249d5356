/**
 * The property tests' random scenarios are the same on every run, so that a red CI is a broken
 * rule, not a bad draw. Each test also checks that its scenarios reach the outcomes it is about
 * (met and breached SLAs, failures, overlapping incidents…); with a new draw each run, one such
 * count fell under its floor now and then (the SLA test under Europe/Paris, 2026-12-04: 2 where
 * more than 3 were expected), failing a suite whose figures all agreed with their reference.
 *
 * `REVUE_PROPERTY_SEED=random` draws new scenarios (fast-check prints the seed of a failure, to
 * replay with `REVUE_PROPERTY_SEED=<seed>`); any number runs that seed.
 */
import fc from 'fast-check';

/** The seed of every run unless `REVUE_PROPERTY_SEED` says otherwise. */
const FIXED_SEED = 20_261_204;

const asked = process.env.REVUE_PROPERTY_SEED;
if (asked !== 'random') {
  const seed = asked === undefined || asked === '' ? FIXED_SEED : Number(asked);
  if (!Number.isInteger(seed)) throw new Error(`REVUE_PROPERTY_SEED must be an integer or "random", not ${JSON.stringify(asked)}`);
  fc.configureGlobal({ ...fc.readConfigureGlobal(), seed });
}
