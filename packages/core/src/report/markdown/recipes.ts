/** How to reproduce each failed job: commit, step, commands, debug variables. */
import type { ListItem, RootContent } from 'mdast';
import type { Report, ReproductionRecipe } from '../model.js';
import type { RenderPlan } from './plan.js';
import { heading, leftOut, paragraph, text } from './nodes.js';
import { codeBlock, codeSpan, prose } from './untrusted.js';
import { isRunnerVariable } from '../../runs/debug-env.js';
import { shellWord } from '../../runs/shell.js';

function facts(recipe: ReproductionRecipe): RootContent[] {
  const items: ListItem[] = [];
  const add = (label: string, value: string | number | undefined) => {
    if (value === undefined || value === '') return;
    items.push({ type: 'listItem', spread: false, children: [paragraph(text(`${label}: `), codeSpan(String(value), 200))] });
  };
  add('Workflow', recipe.workflow);
  add('Job', recipe.job);
  add('Commit', recipe.headSha);
  add('Run', recipe.runId);
  add('Failing step', recipe.step);
  return items.length > 0 ? [{ type: 'list', ordered: false, spread: false, children: items }] : [];
}

function commands(recipe: ReproductionRecipe): string[] {
  const lines: string[] = [];
  if (recipe.rerun) lines.push('# re-run the failed jobs on GitHub', recipe.rerun);
  // Runner variables (ACTIONS_STEP_DEBUG…) do nothing on a laptop: they belong to a re-run.
  const env = Object.entries(recipe.debugEnv)
    .filter(([name]) => !isRunnerVariable(name))
    .map(([name, value]) => `${name}=${shellWord(value)}`);
  if (recipe.local) lines.push('# try it locally', [...env, recipe.local].join(' '));
  else if (env.length > 0) lines.push('# turn on debug output', ...env.map((assignment) => `export ${assignment}`));
  if (recipe.command) lines.push('# the failing step ran', recipe.command);
  return lines;
}

function recipeNodes(recipe: ReproductionRecipe): RootContent[] {
  const script = commands(recipe);
  const steps = recipe.steps.map((step): ListItem => ({ type: 'listItem', spread: false, children: [paragraph(...prose(step, 500))] }));
  return [
    { type: 'heading', depth: 3, children: [codeSpan(recipe.job ?? recipe.path, 200)] },
    ...facts(recipe),
    ...(script.length > 0 ? [codeBlock(script.join('\n'), 'sh')] : []),
    ...(steps.length > 0 ? [{ type: 'list', ordered: true, spread: false, children: steps } as RootContent] : []),
  ];
}

/** One recipe per failed job. */
export function recipesSection(report: Report, plan: RenderPlan): RootContent[] {
  if (report.recipes.length === 0 || plan.recipes === 0) return [];
  const shown = report.recipes.slice(0, plan.recipes);
  return [
    heading(2, 'Reproduce'),
    ...shown.flatMap(recipeNodes),
    ...leftOut(report.recipes.length - shown.length, 'recipes were'),
  ];
}
