/**
 * ITU-T E.164 country codes of one and two digits; every other international number has a three-digit code. Enough
 * to keep the country (which tells a participant list whether a caller is local) and hide the rest.
 */
const oneDigitCodes = new Set(['1', '7']);
const twoDigitCodes = new Set([
  '20',
  '27',
  '30',
  '31',
  '32',
  '33',
  '34',
  '36',
  '39',
  '40',
  '41',
  '43',
  '44',
  '45',
  '46',
  '47',
  '48',
  '49',
  '51',
  '52',
  '53',
  '54',
  '55',
  '56',
  '57',
  '58',
  '60',
  '61',
  '62',
  '63',
  '64',
  '65',
  '66',
  '81',
  '82',
  '84',
  '86',
  '90',
  '91',
  '92',
  '93',
  '94',
  '95',
  '98',
]);

/**
 * How a caller's number is shown to the others in a meeting: the country code of an international number and the
 * last two digits, e.g. `+49 … 34`; a national number keeps only its last two (`… 34`). Too short a number, or none,
 * shows nothing of it (`…`). The full number is never shown, stored or logged.
 */
export function maskPhoneNumber(caller: string | null): string {
  if (caller === null) return '…';
  const international = caller.startsWith('+') || caller.startsWith('00');
  const digits = caller.replace(/^\+|^00/, '').replace(/[^0-9]/g, '');
  if (digits.length < 6) return '…';
  const tail = digits.slice(-2);
  if (!international) return `… ${tail}`;
  const code = oneDigitCodes.has(digits.slice(0, 1))
    ? digits.slice(0, 1)
    : twoDigitCodes.has(digits.slice(0, 2))
      ? digits.slice(0, 2)
      : digits.slice(0, 3);
  return `+${code} … ${tail}`;
}
