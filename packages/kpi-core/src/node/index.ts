/**
 * Node-only entry of @revue/kpi-core: readers that take a file path. The core stays free of
 * Node modules; import this from `@revue/kpi-core/node`.
 */
export { readAssetsFile, readTicketsFile } from './files.js';
export { defaultThreads, readReviewFiles, type FileToRead, type ParallelOptions, type ReviewFiles } from './parallel.js';
