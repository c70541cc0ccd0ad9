/** The action's input and output names: the one place they are spelled (tests check action.yml). */

export enum Input {
  Path = 'path',
  Baseline = 'baseline',
  MaxAnnotations = 'max-annotations',
  FailOn = 'fail-on',
  ReportPath = 'report-path',
  RunId = 'run-id',
  Token = 'token',
  Repository = 'repository',
  ApiUrl = 'api-url',
}

export enum Output {
  ReportPath = 'report-path',
  FailedJobs = 'failed-jobs',
  TopCategory = 'top-category',
  Categories = 'categories',
  FirstCause = 'first-cause',
  Intermittent = 'intermittent',
  SummaryPath = 'summary-path',
}
