/** Makes a `switch` over a tag exhaustive: adding a variant without a case fails to compile. */
export function assertNever(value: never): never {
  throw new Error(`unexpected variant: ${JSON.stringify(value)}`);
}
