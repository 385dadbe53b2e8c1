// Input quoted in a message: a short excerpt, never the megabytes a caller or a file may hold.

/** The first `max` characters of `text`, cut with an ellipsis (never in the middle of a surrogate pair). */
export function clipText(text: string, max: number): string {
  if (text.length <= max) return text;
  const cut = /[\uD800-\uDBFF]/.test(text[max - 2] ?? '') ? max - 2 : max - 1;
  return `${text.slice(0, cut)}…`;
}

/** At most `max` characters of `text` for quoting on one line: control characters shown as spaces. */
export function excerpt(text: string, max = 60): string {
  return clipText(text.slice(0, max + 1).replace(/\p{Cc}/gu, ' '), max);
}
