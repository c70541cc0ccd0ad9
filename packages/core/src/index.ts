/** @prodfix/core: the analysis engine shared by the actions and the CLI. No `@actions/*` here. */
export { analyze } from './analyze.js';
export type { AnalyzeOptions, AnalyzeProgress, FailOnSelector } from './analyze-options.js';
export { ConfigurationError, describeError, isConfigurationError, ServiceUnavailableError } from './errors.js';
export { RecordingLogger, silentLogger, type Logger } from './logger.js';
export { PRODFIX_VERSION } from './version.js';
export * from './report/model.js';
export * from './input/index.js';
export { analyzeLog } from './diagnose/file-analyzer.js';
export { RECOMMENDATIONS } from './diagnose/categories.js';
export * from './report/index.js';
export { maskVariables } from './patterns/mask.js';
export { KEYWORD, KeywordAutomaton } from './input/keyword-automaton.js';
export { TemplateMiner, type MinedTemplate, type MinerOptions } from './patterns/miner.js';
export { missingFileNotesIn } from './runs/collect-manifest.js';
