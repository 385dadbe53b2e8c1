// Links the window asks to open outside the app (a source's web page, a colleague's address): opened
// only after the user says yes in a dialog that shows where the link goes; anything else refused.
import { excerpt } from '../shared/excerpt.js';
import { defineStrings, type Lang } from '../shared/lang.js';

export type LinkKind = 'web' | 'mail';
export type LinkDecision = { action: 'confirm'; kind: LinkKind; url: string } | { action: 'refuse'; reason: string };

/** A link longer than this cannot be shown whole in the dialog, so the user could not see what they agree to. */
const MAX_LINK_CHARS = 2_000;

/**
 * mailto: opens a draft the user still has to send, so it is offered like a web link (with the
 * address shown); but only with the fields of a draft: some mail clients attach a local file named
 * in `attach=`/`attachment=`, which a link must never be able to do.
 */
const MAIL_FIELDS = new Set(['to', 'cc', 'bcc', 'subject', 'body']);

const refuse = (reason: string): LinkDecision => ({ action: 'refuse', reason });

export function externalLinkDecision(url: string): LinkDecision {
  if (url.length > MAX_LINK_CHARS) return refuse(`a link of ${url.length} characters, too long to show`);
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return refuse('not a link');
  }
  if (parsed.protocol === 'http:' || parsed.protocol === 'https:') {
    // https://www.gso.gov.vn@evil.example/ goes to evil.example: a link that hides its host is refused
    if (parsed.username || parsed.password) return refuse('a web link with a user name or password before its host');
    return { action: 'confirm', kind: 'web', url: parsed.href };
  }
  if (parsed.protocol === 'mailto:') {
    const field = [...parsed.searchParams.keys()].find((key) => !MAIL_FIELDS.has(key.toLowerCase()));
    if (field !== undefined) return refuse(`a mail link with the field '${excerpt(field, 30)}'`);
    return { action: 'confirm', kind: 'mail', url: parsed.href };
  }
  return refuse(`links of the ${excerpt(parsed.protocol, 20)} kind are never opened`);
}

const STRINGS = defineStrings({
  vi: {
    title: 'Mở liên kết bên ngoài',
    web: 'Mở trang này trong trình duyệt?',
    mail: 'Soạn thư tới địa chỉ này trong ứng dụng thư?',
    webNote: 'Trang này nằm ngoài IIP Explorer; cần có mạng để mở.',
    mailNote: 'Thư chỉ được gửi khi bạn tự bấm gửi trong ứng dụng thư.',
    open: 'Mở',
    cancel: 'Hủy',
  },
  en: {
    title: 'Open an outside link',
    web: 'Open this page in your browser?',
    mail: 'Write to this address in your mail app?',
    webNote: 'The page is outside IIP Explorer; opening it needs a network connection.',
    mailNote: 'Nothing is sent until you send it yourself in your mail app.',
    open: 'Open',
    cancel: 'Cancel',
  },
});

export const OPEN_BUTTON = 0;
export const CANCEL_BUTTON = 1;

/** What dialog.showMessageBox is given (a subset of Electron's MessageBoxOptions). */
export interface LinkDialogOptions {
  type: 'question';
  title: string;
  message: string;
  detail: string;
  buttons: string[];
  defaultId: number;
  cancelId: number;
  noLink: true;
}

/** A mailto: link's address as people write it (%-escapes decoded where they are well formed). */
function mailAddress(url: string): string {
  const address = url.slice('mailto:'.length).split('?')[0] ?? '';
  try {
    return decodeURIComponent(address);
  } catch {
    return address;
  }
}

/** The confirmation for a link the policy lets the user open: the link in full (its host in ASCII, so a look-alike shows), Cancel the default. */
export function linkDialogOptions(link: Extract<LinkDecision, { action: 'confirm' }>, lang: Lang): LinkDialogOptions {
  const t = STRINGS[lang];
  const where = link.kind === 'web' ? link.url : mailAddress(link.url);
  return {
    type: 'question',
    title: t.title,
    message: link.kind === 'web' ? t.web : t.mail,
    detail: `${where}\n\n${link.kind === 'web' ? t.webNote : t.mailNote}`,
    buttons: [t.open, t.cancel],
    defaultId: CANCEL_BUTTON,
    cancelId: CANCEL_BUTTON,
    noLink: true,
  };
}

/** The dialog's answer: open only on the Open button (closing it, Escape, Cancel: not). */
export const userConfirmed = (response: number): boolean => response === OPEN_BUTTON;
