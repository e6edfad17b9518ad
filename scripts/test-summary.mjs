// Prints the one plain line CI reads, `N passed, N failed` (`, N skipped` when any), from Vitest's JSON report.
import { readFileSync } from 'node:fs';

const reportPath = process.argv[2] ?? 'artifacts/test-results.json';
let report;
try {
  report = JSON.parse(readFileSync(reportPath, 'utf8'));
} catch (error) {
  console.log(`0 passed, 1 failed (no test report at ${reportPath}: ${error.message})`);
  process.exit(1);
}
const skipped = report.numPendingTests + report.numTodoTests;
// A test file that fails to load has no test results of its own: count it as one failure, never as nothing.
const brokenFiles = report.testResults.filter(
  (file) => file.status === 'failed' && file.assertionResults.length === 0,
);
const failed = report.numFailedTests + brokenFiles.length;
const line = `${report.numPassedTests} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}`;
console.log(line);
process.exit(failed > 0 ? 1 : 0);
