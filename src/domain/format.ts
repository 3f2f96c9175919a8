// Number formatting in Dutch (579,66) or English (579.66) notation, with the decimals the source prints.

export type Language = 'nl' | 'en';

const LOCALES: Record<Language, string> = { nl: 'nl-NL', en: 'en-GB' };

// A formatter is costly to make and is asked for often (every bar, every distance): make each one once.
const formatters = new Map<string, Intl.NumberFormat>();

export function formatNumber(value: number, decimals: number, language: Language): string {
  const key = `${language}:${decimals}`;
  let formatter = formatters.get(key);
  if (!formatter) {
    formatter = new Intl.NumberFormat(LOCALES[language], {
      minimumFractionDigits: decimals,
      maximumFractionDigits: decimals,
    });
    formatters.set(key, formatter);
  }
  return formatter.format(value);
}

export function formatSignedNumber(value: number, decimals: number, language: Language): string {
  const text = formatNumber(Math.abs(value), decimals, language);
  return value > 0 ? `+${text}` : value < 0 ? `−${text}` : text;
}
