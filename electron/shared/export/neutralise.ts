// Against formula injection: text a spreadsheet could take for a formula, in any file or paste
// the app makes, is neutralised here, once.

/** Characters that make Excel, LibreOffice or Google Sheets read a typed or pasted cell as a formula. */
const FORMULA_START = /^[=+\-@\t\r]/;

/**
 * Text that starts like a formula ("=HYPERLINK(…)", "+1", "-2+3", "@SUM(…)") gets a leading
 * apostrophe, the OWASP remedy against CSV injection: spreadsheets then keep it as text. Numbers
 * never pass through here, so −1.5 stays a number.
 */
export function neutralise(text: string): string {
  return FORMULA_START.test(text) ? `'${text}` : text;
}
