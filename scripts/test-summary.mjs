// Prints one closing line for the whole `npm test` run from the JSON reports vitest wrote: unit and fuzz tests in one,
// the end-to-end tests in Chromium and Firefox (run side by side) in the other.
import { existsSync, readFileSync } from 'node:fs';

const REPORTS = { 'unit and fuzz': 'results-unit.json', 'Chromium and Firefox': 'results-e2e.json' };

let passed = 0;
let failed = 0;
let skipped = 0;
const perReport = [];
for (const [name, fileName] of Object.entries(REPORTS)) {
  const file = new URL(`../test/.build/${fileName}`, import.meta.url);
  if (!existsSync(file)) {
    perReport.push(`${name} not run`);
    continue;
  }
  const report = JSON.parse(readFileSync(file, 'utf8'));
  passed += report.numPassedTests;
  failed += report.numFailedTests;
  skipped += report.numPendingTests + report.numTodoTests;
  perReport.push(`${name} ${report.numTotalTests}`);
}
console.log(`tests: ${passed} passed, ${failed} failed, ${skipped} skipped (${perReport.join(', ')})`);
process.exitCode = failed > 0 || passed === 0 ? 1 : 0;
