/**
 * `@revue/kpi-core/report`: what `buildReport` and `reportToMarkdown` are made of — findings,
 * the figures' formatter, the report's vocabularies and helpers over the loaded data.
 *
 * @example
 * import { formatter, TCO_CATEGORIES } from '@revue/kpi-core/report';
 * formatter('fr', 'EUR', 'Europe/Paris').percent(0.875); // '87,5 %' (narrow no-break space)
 */
export { buildFindings, type FindingsInput } from '../report/findings.js';
export { clientsOf, defaultAsOf, latestTimestamp } from '../report/build.js';
export { backlogWhen, dateOnlyNames, escapeMarkdown } from '../report/markdown.js';
export { DEFAULT_COMPACT_ITEMS } from '../report/compact.js';
export { formatter, type Formatter } from '../report/format.js';
export { TCO_CATEGORIES, NOT_MEASURED_REASONS } from '../report/types.js';
export { matchClient, foldClientName } from '../report/clients.js';
export { CATALOGUES, type Catalogue } from '../report/messages.js';
export { figureDefaults, type FigureDefaults, type DefaultTarget } from '../report/beside.js';
export { comparisonOf, type Comparison } from '../report/coverage.js';
export { ASSUMPTION_KEYS, DATA_ASSUMPTION_KEYS, isDataAssumption } from '../policy/types.js';
export { assumptionValue } from '../policy/parse.js';
export { policyProblemFrench } from '../policy/problem-fr.js';
export { revueErrorFrench, CONTRACT_ERROR_CODES, type RevueErrorWords } from '../report/errors-fr.js';
export { reviewContent, type ReviewContentOptions } from '../report/content.js';
