import { serveMaintainedRules } from '@prodfix/collect/maintained-rules-worker';
serveMaintainedRules();
