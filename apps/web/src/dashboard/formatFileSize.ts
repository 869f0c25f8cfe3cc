const units = [
  { unit: 'megabyte', bytes: 1_000_000 },
  { unit: 'kilobyte', bytes: 1_000 },
] as const;

/** A file's size in the UI's language: whole bytes below 1 kB, else kB or MB with at most one decimal (SI units). */
export function formatFileSize(bytes: number, locale: string): string {
  const big = units.find((u) => bytes >= u.bytes);
  if (!big) return new Intl.NumberFormat(locale, { style: 'unit', unit: 'byte', unitDisplay: 'long' }).format(bytes);
  return new Intl.NumberFormat(locale, { style: 'unit', unit: big.unit, maximumFractionDigits: 1 }).format(
    bytes / big.bytes,
  );
}
