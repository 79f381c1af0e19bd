// Plain-text tables for benchmark output: right-aligned numbers, left-aligned text.
export interface Column<Row> {
  title: string;
  value: (row: Row) => string | number;
}

export function formatTable<Row>(rows: readonly Row[], columns: readonly Column<Row>[]): string {
  const cells = rows.map((row) => columns.map((column) => String(column.value(row))));
  const widths = columns.map((column, index) => Math.max(column.title.length, ...cells.map((line) => line[index]!.length)));
  const isNumber = columns.map((_, index) => cells.every((line) => /^-?[\d.]+$|^—$/.test(line[index]!)));
  const line = (values: string[]) => values.map((value, index) => (isNumber[index] ? value.padStart(widths[index]!) : value.padEnd(widths[index]!))).join('  ');
  return [line(columns.map((column) => column.title)), widths.map((width) => '-'.repeat(width)).join('  '), ...cells.map(line)].join('\n');
}
