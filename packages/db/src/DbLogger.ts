/**
 * The slice of a pino logger this package uses (a pino `Logger` fits as is). Log lines carry SQL text and timings,
 * never query parameters: those can hold personal data.
 */
export interface DbLogger {
  debug(obj: object, msg: string): void;
  info(obj: object, msg: string): void;
  error(obj: object, msg: string): void;
}
