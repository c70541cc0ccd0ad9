/** Rendering a report for people and machines: Markdown, JSON, annotations, `fail-on`. */
export { selectAnnotations, RUNNER_ANNOTATION_LIMIT, type Annotation, type AnnotationOptions } from './annotations.js';
export { FAIL_ON_VALUES, matchFailOn, parseFailOn } from './fail-on.js';
export { jobCategory, topFailure } from './job-category.js';
export { REPORT_SCHEMA_ID, renderJson, writeJsonReport } from './json.js';
export { DEFAULT_SUMMARY_MAX_BYTES, renderMarkdown, type MarkdownOptions } from './markdown.js';
export { toRepoPath, type RepoPathOptions } from './paths.js';
