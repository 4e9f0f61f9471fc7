export * from './calls';
export * from './values';
export * from './spreadsheet';
export * from './services';
export * from './serialise';
export * from './bundle';
export * from './formulas';
