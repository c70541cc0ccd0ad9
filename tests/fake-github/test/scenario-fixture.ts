// A small scenario used by the fake's tests: two workflows, retried runs, failed jobs.
import type { ScenarioInput } from '../server.mjs';

export const TOKEN = 'ghs_testtoken1234567890abcdefghijklmnopqr';

/** octo/app: run 11 failed (build), run 12 failed then passed on attempt 2, run 13 on dev. */
export function sampleScenario(): ScenarioInput {
  return {
    token: TOKEN,
    repos: [
      {
        owner: 'octo',
        name: 'app',
        id: 4242,
        runs: [
          {
            id: 11,
            createdAt: '2024-05-01T10:00:00Z',
            jobs: [
              {
                id: 101,
                name: 'build (ubuntu-latest, 20)',
                conclusion: 'failure',
                steps: [
                  { name: 'Set up job', log: '2024-05-01T10:01:00.0000000Z Current runner version: 2.317.0\n' },
                  { name: 'Run npm test', conclusion: 'failure', log: '2024-05-01T10:02:00.0000000Z ##[error]Process completed with exit code 1.\n' },
                ],
              },
              { id: 102, name: 'lint', log: 'lint ok\n' },
            ],
          },
          {
            id: 12,
            createdAt: '2024-05-02T10:00:00Z',
            attempts: [
              { jobs: [{ id: 201, name: 'test', conclusion: 'failure', log: 'flaky failure\n' }] },
              { jobs: [{ id: 202, name: 'test', log: 'passed\n' }] },
            ],
          },
          {
            id: 13,
            createdAt: '2024-05-03T10:00:00Z',
            branch: 'dev',
            event: 'pull_request',
            workflowName: 'Nightly',
            workflowPath: '.github/workflows/nightly.yml',
            jobs: [{ id: 301, name: 'e2e', conclusion: 'failure', log: 'e2e failed\n', logStatus: 410 }],
            logsStatus: 410,
          },
        ],
      },
      { owner: 'octo', name: 'secret', forbidden: true, runs: [{ id: 21, jobs: [{ id: 2101, name: 'x' }] }] },
    ],
  };
}
