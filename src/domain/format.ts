// Number formatting in Dutch (579,66) or English (579.66) notation, with the decimals the source prints.

export type Language = 'nl' | 'en';

const LOCALES: Record<Language, string> = { nl: 'nl-NL', en: 'en-GB' };

export function formatNumber(value: number, decimals: number, language: Language): string {
  return new Intl.NumberFormat(LOCALES[language], {
    minimumFractionDigits: decimals,
    maximumFractionDigits: decimals,
  }).format(value);
}

export function formatSignedNumber(value: number, decimals: number, language: Language): string {
  const text = formatNumber(Math.abs(value), decimals, language);
  return value > 0 ? `+${text}` : value < 0 ? `−${text}` : text;
}
