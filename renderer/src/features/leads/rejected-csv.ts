import Papa from 'papaparse';
import type { CsvParseResult } from '../../../../shared/data-exchange/csv';
import type { LeadRowProblem } from './lead-import';

/**
 * The rejected rows as a CSV the user can fix and import again: the file's own header and
 * cells, with the line number and the reason in front. UTF-8 with a BOM, so Excel reads the
 * Persian text right. Rows the reader could not split (broken quotes) have no cells.
 */
export function rejectedRowsCsv(
  parsed: Pick<CsvParseResult, 'headers' | 'rows'>,
  rejected: readonly LeadRowProblem[],
  labels: { line: string; reason: string },
  reasonText: (p: LeadRowProblem) => string,
): string {
  const cellsOf = new Map(parsed.rows.map((r) => [r.line, r.cells]));
  const data = rejected.map((p) => [String(p.line), reasonText(p), ...(cellsOf.get(p.line) ?? [])]);
  return `\uFEFF${Papa.unparse({ fields: [labels.line, labels.reason, ...parsed.headers], data }, { newline: '\r\n' })}\r\n`;
}
