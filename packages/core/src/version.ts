/** prodfix's version, as reported in JSON reports and `--version`. Keep in step with package.json. */
export const PRODFIX_VERSION = '0.1.0';
