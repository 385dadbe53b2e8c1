// An exported file's name from its title: letters (with their diacritics) and digits, dashes between.
export function fileStem(title: string): string {
  const stem = title
    .normalize('NFC')
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 80);
  return stem || 'iip-chart';
}
