export { monthlyTrend } from './trend.js';
export { TREND_FIGURES, type TrendFigure, type TrendOptions, type TrendResult } from './types.js';
