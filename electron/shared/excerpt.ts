// Input quoted in a message: a short excerpt, never the megabytes a caller or a file may hold.

/** At most `max` characters of `text`, cut with an ellipsis; control characters shown as spaces. */
export function excerpt(text: string, max = 60): string {
  const head = text.slice(0, max + 1).replace(/\p{Cc}/gu, ' ');
  if (text.length <= max) return head;
  // never cut a surrogate pair in half
  const cut = /[\uD800-\uDBFF]/.test(head[max - 2] ?? '') ? max - 2 : max - 1;
  return `${head.slice(0, cut)}…`;
}
