// The one set of formatters for every surface: lang first in every function. Text only — JSON keeps numbers.
export * from './numbers';
export * from './dates';
