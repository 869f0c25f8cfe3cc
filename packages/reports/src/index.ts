export * from './fileStamp.js';
export * from './ReportDocument.js';
export * from './ReportFonts.js';
export * from './renderPdf.js';
export * from './reportClock.js';
export * from './reportLabels.js';
export * from './reportSettings.js';
export * from './reportText.js';
