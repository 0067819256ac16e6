export type MoneyErrorCode =
  | 'currencyMismatch'
  | 'overflow'
  | 'notInteger'
  | 'unknownCurrency'
  | 'noRate'
  | 'invalidNumber'
  | 'invalidRate'
  | 'invalidArgument';

/** Thrown for programming and data errors; user input goes through the parse* results instead. */
export class MoneyError extends Error {
  override readonly name = 'MoneyError';

  constructor(
    readonly code: MoneyErrorCode,
    message: string,
  ) {
    super(message);
  }
}
