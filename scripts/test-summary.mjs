// Prints one closing line for the whole `npm test` run from the JSON reports vitest wrote for each project.
import { existsSync, readFileSync } from 'node:fs';

const PROJECTS = ['unit', 'fuzz', 'e2e', 'firefox'];

let passed = 0;
let failed = 0;
let skipped = 0;
const perProject = [];
for (const project of PROJECTS) {
  const file = new URL(`../test/.build/results-${project}.json`, import.meta.url);
  if (!existsSync(file)) {
    perProject.push(`${project} not run`);
    continue;
  }
  const report = JSON.parse(readFileSync(file, 'utf8'));
  passed += report.numPassedTests;
  failed += report.numFailedTests;
  skipped += report.numPendingTests + report.numTodoTests;
  perProject.push(`${project} ${report.numTotalTests}`);
}
console.log(`tests: ${passed} passed, ${failed} failed, ${skipped} skipped (${perProject.join(', ')})`);
process.exitCode = failed > 0 || passed === 0 ? 1 : 0;
