/**
 * A CSV file that cannot be read as a table. `line` is the 1-based physical line where the
 * trouble starts, so the person can be told "rad 7"; the message itself is for the log.
 */
export class CsvError extends Error {
  constructor(
    readonly code: 'unterminated-quote',
    readonly line: number,
  ) {
    super(`a quoted cell that starts on line ${line} is never closed`);
    this.name = 'CsvError';
  }
}
