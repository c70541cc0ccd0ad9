import * as core from '@actions/core';
import { hello } from '@prodfix/core';
export async function run(): Promise<void> { core.info(hello()); }
