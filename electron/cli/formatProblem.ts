import type { SpreadsheetProblem } from '../../shared/catalogue/spreadsheet/parseSpreadsheet';

export function formatProblem(problem: SpreadsheetProblem): string {
  const where = [problem.file, problem.row === undefined ? undefined : `row ${problem.row}`, problem.column === undefined ? undefined : `column ${problem.column}`]
    .filter(Boolean)
    .join(', ');
  return `${where}: ${problem.message}`;
}
