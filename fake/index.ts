export * from './calls';
export * from './values';
export * from './spreadsheet';
export * from './services';
