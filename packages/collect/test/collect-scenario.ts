// A scenario for the collector's tests: planted secrets in logs and API objects, a retried
// run, an earlier passing run (baseline), and job logs that are gone, forbidden or too big.
import type { ScenarioInput } from '../../../tests/fake-github/server.mjs';

export const TOKEN = 'ghs_collecttoken000000000000000000000000';
/** Secrets planted in logs; none of them may appear in anything collected. */
export const PLANTED = {
  pat: 'ghp_PLANTEDplantedPLANTEDplanted12345678',
  aws: 'AKIAPLANTEDKEY234567',
  password: 'Planted-Passw0rd!',
  given: 'given-secret-value-42',
};

const ts = '2024-05-01T10:02:00.0000000Z';

export function collectScenario(): ScenarioInput {
  return {
    token: TOKEN,
    repos: [
      {
        owner: 'octo',
        name: 'app',
        runs: [
          {
            id: 40,
            createdAt: '2024-04-30T10:00:00Z',
            conclusion: 'success',
            jobs: [
              { id: 401, name: 'build / linux', log: `${ts} all tests passed\n` },
              { id: 402, name: 'lint', log: `${ts} lint ok\n` },
            ],
          },
          {
            id: 50,
            createdAt: '2024-05-01T10:00:00Z',
            displayTitle: `Fix login (token=${PLANTED.given})`,
            attempts: [
              { jobs: [{ id: 501, name: 'build / linux', conclusion: 'failure', log: `${ts} first attempt failed\n` }] },
              {
                jobs: [
                  {
                    id: 502,
                    name: 'build / linux',
                    conclusion: 'failure',
                    log: [
                      `${ts} ##[group]Run npm test`,
                      `${ts} export GH_TOKEN=${PLANTED.pat}`,
                      `${ts} aws configure set aws_access_key_id ${PLANTED.aws}`,
                      `${ts} psql "postgres://app:${PLANTED.password}@db:5432/app"`,
                      `${ts} echo ${TOKEN} and ${PLANTED.given}`,
                      `${ts} -----BEGIN EC PRIVATE KEY-----`,
                      `${ts} MHcCAQEEIPlantedPrivateKeyMaterial0123456789abcdefoAoGCCqGSM49`,
                      `${ts} -----END EC PRIVATE KEY-----`,
                      `${ts} ##[error]Process completed with exit code 1.`,
                      '',
                    ].join('\n'),
                  },
                  { id: 503, name: 'lint', conclusion: 'success', log: `${ts} lint ok\n` },
                  { id: 504, name: 'e2e: chrome/../..', conclusion: 'failure', log: `${ts} e2e failed\n`, logStatus: 410 },
                  { id: 505, name: 'docs', conclusion: 'failure', log: `${ts} docs failed\n`, logStatus: 403 },
                  { id: 506, name: 'huge', conclusion: 'failure', logBytes: 300_000 },
                ],
              },
            ],
          },
        ],
      },
      { owner: 'octo', name: 'private', forbidden: true, runs: [{ id: 60, jobs: [{ id: 601, name: 'x', conclusion: 'failure' }] }] },
    ],
  };
}
