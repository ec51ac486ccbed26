/** Sizes worded for people, for the load path's problems and progress in every language. */
const UNITS = [
  [1024 * 1024, 'megabyte', 'MB'],
  [1024, 'kilobyte', 'KB'],
  [1, 'byte', 'bytes'],
] as const;

/**
 * A size in the units people read, counted in 1024s as the 64 MB limit is: "28 bytes", "16 KB",
 * "1.2 MB"; in another language the way Intl writes it ("1,2 Mo").
 */
export function byteSize(bytes: number, lang = 'en'): string {
  const [size, unit, short] = UNITS.find(([least]) => bytes >= least) ?? UNITS[2];
  const value = Math.round((bytes / size) * 10) / 10;
  return lang === 'en'
    ? `${value} ${value === 1 && short === 'bytes' ? 'byte' : short}`
    : new Intl.NumberFormat(lang, { style: 'unit', unit, maximumFractionDigits: 1 }).format(value);
}
