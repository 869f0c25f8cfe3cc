/** A caller's number as the server takes it (digits, optionally after +), or null (anonymous, or a SIP name). */
export function callerNumberOf(caller: string | null): string | null {
  if (caller === null) return null;
  const trimmed = caller.replace(/[\s\-().]/g, '');
  return /^\+?[0-9]{1,32}$/.test(trimmed) ? trimmed : null;
}
