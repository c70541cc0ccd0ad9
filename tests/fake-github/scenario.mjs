// Turns a scenario written by a test (few fields, many defaults) into the fake's in-memory
// model: repos → workflow runs → attempts → jobs, indexed by id for the routes.

/**
 * @typedef {object} StepInput
 * @property {string} name
 * @property {string | null} [conclusion] defaults to 'success'
 * @property {string} [log] this step's log text (the job log is all step logs joined)
 *
 * @typedef {object} JobInput
 * @property {number} [id] unique across the scenario; generated when absent
 * @property {string} name
 * @property {string} [status] default 'completed'
 * @property {string | null} [conclusion] default 'success' (null when not completed)
 * @property {StepInput[]} [steps]
 * @property {string} [log] the whole job log (else the steps' logs joined)
 * @property {number} [logBytes] synthetic realistic log lines of exactly this many bytes, streamed before `log`
 * @property {number} [logStatus] 403 | 404 | 410: the job-logs endpoint answers this status
 * @property {string[]} [labels]
 *
 * @typedef {object} AttemptInput
 * @property {string} [status]
 * @property {string | null} [conclusion] default: 'failure' when a job failed, else 'success'
 * @property {JobInput[]} jobs
 * @property {number} [logsStatus] 403 | 404 | 410 for this attempt's log zip
 *
 * @typedef {object} RunInput
 * @property {number} id
 * @property {number} [workflowId] default 1000 + index of the workflow path in the repo
 * @property {string} [workflowName] default 'CI'
 * @property {string} [workflowPath] default '.github/workflows/ci.yml'
 * @property {number} [runNumber] default: position among the repo's runs, oldest first
 * @property {string} [event] default 'push'
 * @property {string} [branch] default 'main'
 * @property {string} [headSha] default derived from the run id
 * @property {string} [displayTitle]
 * @property {string} [createdAt] ISO time; default 2024-05-01T10:00:00Z + index hours
 * @property {string} [status] of the latest attempt (shorthand with `jobs`)
 * @property {string | null} [conclusion] of the latest attempt (shorthand with `jobs`)
 * @property {JobInput[]} [jobs] shorthand for a single attempt
 * @property {AttemptInput[]} [attempts] oldest first; wins over `jobs`
 * @property {number} [logsStatus] 403 | 404 | 410 for every log zip of this run
 * @property {boolean} [forbidden] the run, its attempts, jobs and logs answer 403 "Resource not accessible by integration"
 *
 * @typedef {object} RepoInput
 * @property {string} owner
 * @property {string} name
 * @property {number} [id]
 * @property {boolean} [private]
 * @property {boolean} [forbidden] every route of the repo answers 403 "Resource not accessible by integration"
 * @property {RunInput[]} [runs]
 *
 * @typedef {object} ScenarioInput
 * @property {string} [token] default 'ghs_faketoken0000000000000000000000000000'
 * @property {RepoInput[]} repos
 */

/**
 * @typedef {{ name: string, number: number, conclusion: string | null, log: string }} Step
 * @typedef {{ id: number, name: string, status: string, conclusion: string | null, steps: Step[],
 *   log: string, logBytes: number, logStatus: number | undefined, labels: string[],
 *   startedAt: string, completedAt: string | null }} Job
 * @typedef {{ number: number, status: string, conclusion: string | null, jobs: Job[],
 *   logsStatus: number | undefined, startedAt: string, updatedAt: string }} Attempt
 * @typedef {{ id: number, workflowId: number, workflowName: string, workflowPath: string,
 *   runNumber: number, event: string, branch: string, headSha: string, displayTitle: string,
 *   createdAt: string, checkSuiteId: number, attempts: Attempt[], forbidden: boolean }} Run
 * @typedef {{ owner: string, name: string, id: number, private: boolean, forbidden: boolean, runs: Run[] }} Repo
 * @typedef {{ repo: Repo, run: Run, attempt: Attempt, job: Job }} JobRef
 * @typedef {{ token: string, repos: Repo[], repoByName: Map<string, Repo>, repoById: Map<number, Repo>,
 *   runById: Map<number, { repo: Repo, run: Run }>, jobById: Map<number, JobRef> }} Scenario
 */

const BASE_TIME = Date.parse('2024-05-01T10:00:00Z');
const MINUTE = 60_000;

/** @param {number} ms */
const iso = (ms) => new Date(ms).toISOString().replace(/\.\d{3}Z$/, 'Z');

/** @param {number} id a 40-hex-digit commit SHA derived from an id */
const shaFor = (id) => (id.toString(16).padStart(8, '0').repeat(5)).slice(0, 40);

/**
 * Builds the fake's model from a scenario.
 * @param {ScenarioInput} input
 * @returns {Scenario}
 */
export function buildScenario(input) {
  let nextJobId = 90_000_000;
  /** @type {Scenario} */
  const scenario = {
    token: input.token ?? 'ghs_faketoken0000000000000000000000000000',
    repos: [],
    repoByName: new Map(),
    repoById: new Map(),
    runById: new Map(),
    jobById: new Map(),
  };
  input.repos.forEach((repoInput, repoIndex) => {
    /** @type {Repo} */
    const repo = {
      owner: repoInput.owner,
      name: repoInput.name,
      id: repoInput.id ?? 500_000_000 + repoIndex,
      private: repoInput.private ?? false,
      forbidden: repoInput.forbidden ?? false,
      runs: [],
    };
    const workflowPaths = [...new Set((repoInput.runs ?? []).map((r) => r.workflowPath ?? '.github/workflows/ci.yml'))];
    const runInputs = repoInput.runs ?? [];
    const byAge = [...runInputs].map((r, i) => ({ r, created: createdAt(r, i) })).sort((a, b) => a.created.localeCompare(b.created));
    for (const [index, runInput] of runInputs.entries()) {
      const created = createdAt(runInput, index);
      const workflowPath = runInput.workflowPath ?? '.github/workflows/ci.yml';
      const attemptInputs = runInput.attempts ?? [{
        status: runInput.status, conclusion: runInput.conclusion, jobs: runInput.jobs ?? [],
      }];
      /** @type {Run} */
      const run = {
        id: runInput.id,
        workflowId: runInput.workflowId ?? 1000 + workflowPaths.indexOf(workflowPath),
        workflowName: runInput.workflowName ?? 'CI',
        workflowPath,
        runNumber: runInput.runNumber ?? byAge.findIndex((entry) => entry.r === runInput) + 1,
        event: runInput.event ?? 'push',
        branch: runInput.branch ?? 'main',
        headSha: runInput.headSha ?? shaFor(runInput.id),
        displayTitle: runInput.displayTitle ?? `Commit for run ${runInput.id}`,
        createdAt: created,
        checkSuiteId: runInput.id + 7_000_000_000,
        attempts: [],
        forbidden: runInput.forbidden ?? false,
      };
      attemptInputs.forEach((attemptInput, attemptIndex) => {
        const startedMs = Date.parse(created) + attemptIndex * 10 * MINUTE;
        const status = attemptInput.status ?? 'completed';
        const jobs = attemptInput.jobs.map((jobInput) => buildJob(jobInput, status, startedMs, () => nextJobId++));
        const conclusion = attemptInput.conclusion !== undefined
          ? attemptInput.conclusion
          : status !== 'completed' ? null : jobs.some((j) => j.conclusion === 'failure') ? 'failure' : 'success';
        /** @type {Attempt} */
        const attempt = {
          number: attemptIndex + 1,
          status,
          conclusion,
          jobs,
          logsStatus: attemptInput.logsStatus ?? runInput.logsStatus,
          startedAt: iso(startedMs),
          updatedAt: iso(startedMs + 5 * MINUTE),
        };
        run.attempts.push(attempt);
        for (const job of jobs) {
          if (scenario.jobById.has(job.id)) throw new Error(`fake-github scenario: job id ${job.id} used twice`);
          scenario.jobById.set(job.id, { repo, run, attempt, job });
        }
      });
      if (scenario.runById.has(run.id)) throw new Error(`fake-github scenario: run id ${run.id} used twice`);
      scenario.runById.set(run.id, { repo, run });
      repo.runs.push(run);
    }
    scenario.repos.push(repo);
    scenario.repoByName.set(`${repo.owner}/${repo.name}`.toLowerCase(), repo);
    scenario.repoById.set(repo.id, repo);
  });
  return scenario;
}

/**
 * @param {RunInput} runInput
 * @param {number} index
 */
function createdAt(runInput, index) {
  return runInput.createdAt ? iso(Date.parse(runInput.createdAt)) : iso(BASE_TIME + index * 60 * MINUTE);
}

/**
 * @param {JobInput} input
 * @param {string} attemptStatus
 * @param {number} attemptStartMs
 * @param {() => number} newId
 * @returns {Job}
 */
function buildJob(input, attemptStatus, attemptStartMs, newId) {
  const status = input.status ?? (attemptStatus === 'completed' ? 'completed' : attemptStatus);
  const conclusion = input.conclusion !== undefined ? input.conclusion : status === 'completed' ? 'success' : null;
  const stepInputs = input.steps ?? [
    { name: 'Set up job', conclusion: 'success' },
    { name: 'Run tests', conclusion, log: input.log },
    { name: 'Complete job', conclusion: 'success' },
  ];
  const steps = stepInputs.map((step, i) => ({
    name: step.name,
    number: i + 1,
    conclusion: step.conclusion === undefined ? 'success' : step.conclusion,
    log: step.log ?? '',
  }));
  return {
    id: input.id ?? newId(),
    name: input.name,
    status,
    conclusion,
    steps,
    log: input.log ?? steps.map((s) => s.log).join(''),
    logBytes: input.logBytes ?? 0,
    logStatus: input.logStatus,
    labels: input.labels ?? ['ubuntu-latest'],
    startedAt: iso(attemptStartMs + MINUTE),
    completedAt: status === 'completed' ? iso(attemptStartMs + 4 * MINUTE) : null,
  };
}

/**
 * The latest attempt of a run.
 * @param {Run} run
 */
export function latestAttempt(run) {
  const attempt = run.attempts.at(-1);
  if (!attempt) throw new Error(`fake-github scenario: run ${run.id} has no attempt`);
  return attempt;
}
