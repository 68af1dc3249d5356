/**
 * Exports of the review: tables as CSV in the user's convention and the workbook of every table
 * (XLSX), both safe against formula injection; charts as PNG and SVG,
 * the review printed or saved as PDF, and the whole review as a PowerPoint deck. Everything runs
 * in the browser; nothing is uploaded. See README.md beside this file for how to wire them.
 */
export { captionedSvg, chartPngDataUrl, chartSvgText, chartViewOf, exportChartPng, exportChartSvg, type ChartCaption, type ChartImageOptions, type ChartTarget } from './chart.js';
export { chartIds, chartView, registerChart, unregisterChart } from './charts.js';
export { excelSerial, exportedFigure, localDateText, localDateTime, UNIT_DECIMALS, type CellUnit, type LocalDateTime } from './cells.js';
export { cellText, columnHeader, csvConvention, exportSectionCsv, neutraliseCell, quoteCell, toCsv, type CellOptions, type CsvColumn, type CsvOptions, type CsvRow } from './csv.js';
export { appendixInWords, reportAppendix, type Assumption, type AssumptionInWords, type NotMeasured, type NotMeasuredInWords, type ReportAppendix } from './appendix.js';
export { deckFact, deckPlan, FINDING_SECTION, hasData, plainText, SECTION_FACTS, sectionCharts, volumeCharts, type ChartUnit, type DeckChart, type DeckCover, type DeckFact, type DeckPlan, type DeckPlanOptions, type DeckSlide, type DeckTable, type FactSpec, type Tone } from './deck.js';
export { periodInWords } from './period.js';
export { dataUrlToBlob, safeFileName, saveBlob } from './download.js';
export { CHART_FORMATS, deckBytes, deckFileName, exportPptx, PPTX_TYPE, SLIDE, type PptxOptions } from './pptx.js';
export { chartsDrawn, cssString, pageCounterContent, printPageCss, printReview, PRINTING_CLASS, type PrintOptions, type PrintPageOptions } from './print.js';
export { isPrinting, providePrinting } from './printing.js';
export { sectionTable, workbookTables, type SectionTable } from './tables.js';
export { exportXlsx, NUMBER_FORMATS, sheetNames, workbookBytes, workbookCell, workbookSheets, XLSX_TYPE, type WorkbookCell, type WorkbookOptions, type WorkbookSheet } from './xlsx.js';
export { fixedSize, isPng, PNG_SIGNATURE, pngSize, renderSpecToPng, vegaEmbedOptions, type RenderChartOptions } from './vega.js';
