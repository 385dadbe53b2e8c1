import { describe, expect, it } from 'vitest';
import { CANCEL_BUTTON, externalLinkDecision, linkDialogOptions, OPEN_BUTTON, userConfirmed, type LinkDecision } from '../../electron/main/external-links.js';

const confirmed = (url: string): Extract<LinkDecision, { action: 'confirm' }> => {
  const decision = externalLinkDecision(url);
  if (decision.action !== 'confirm') throw new Error(`expected ${url} to be offered, got: ${decision.reason}`);
  return decision;
};

describe('links opened outside the app', () => {
  it('offers web pages and mail drafts, to be confirmed', () => {
    expect(externalLinkDecision('https://www.gso.gov.vn/chi-so-san-xuat/')).toEqual({
      action: 'confirm',
      kind: 'web',
      url: 'https://www.gso.gov.vn/chi-so-san-xuat/',
    });
    expect(externalLinkDecision('http://example.com')).toEqual({ action: 'confirm', kind: 'web', url: 'http://example.com/' });
    expect(externalLinkDecision('mailto:lan@example.vn?subject=IIP%2011%2F2025')).toEqual({
      action: 'confirm',
      kind: 'mail',
      url: 'mailto:lan@example.vn?subject=IIP%2011%2F2025',
    });
  });

  it('refuses every other kind of link, links that hide their host, mail links that attach files, and links too long to show', () => {
    for (const url of [
      'file:///etc/passwd',
      'javascript:alert(1)',
      'data:text/html,<script>alert(1)</script>',
      'smb://server/share',
      'ms-msdt:/id PCWDiagnostic',
      'vbscript:msgbox',
      'app://iip/index.html',
      'not a link',
      '',
      'https://www.gso.gov.vn@evil.example/',
      'https://user:pass@example.com/',
      'mailto:lan@example.vn?attach=/etc/passwd',
      'mailto:lan@example.vn?subject=x&Attachment=C:\\secret.xlsx',
      `https://example.com/${'a'.repeat(2_000)}`,
    ])
      expect(externalLinkDecision(url), url).toMatchObject({ action: 'refuse', reason: expect.any(String) });
  });

  it('asks in Vietnamese and in English, showing where the link goes, Cancel the default', () => {
    const vi = linkDialogOptions(confirmed('https://www.gso.gov.vn/'), 'vi');
    expect(vi).toEqual({
      type: 'question',
      title: 'Mở liên kết bên ngoài',
      message: 'Mở trang này trong trình duyệt?',
      detail: 'https://www.gso.gov.vn/\n\nTrang này nằm ngoài IIP Explorer; cần có mạng để mở.',
      buttons: ['Mở', 'Hủy'],
      defaultId: CANCEL_BUTTON,
      cancelId: CANCEL_BUTTON,
      noLink: true,
    });
    const en = linkDialogOptions(confirmed('mailto:l%C3%A2n@example.vn?subject=x'), 'en');
    expect(en).toMatchObject({ message: 'Write to this address in your mail app?', buttons: ['Open', 'Cancel'], defaultId: CANCEL_BUTTON });
    expect(en.detail).toBe('lân@example.vn\n\nNothing is sent until you send it yourself in your mail app.');
    expect(en.buttons[OPEN_BUTTON]).toBe('Open');
  });

  it('shows a look-alike host in ASCII, so the user sees where it really goes', () => {
    // a Cyrillic "о" in gso: not the statistics office (python3: 'gs\u043e'.encode('punycode') == b'gs-gmc')
    const lookAlike = linkDialogOptions(confirmed('https://www.gsо.gov.vn/'), 'en');
    expect(lookAlike.detail.split('\n')[0]).toBe('https://www.xn--gs-gmc.gov.vn/');
  });

  it('opens only on the Open button', () => {
    expect(userConfirmed(OPEN_BUTTON)).toBe(true);
    expect(userConfirmed(CANCEL_BUTTON)).toBe(false);
    expect(userConfirmed(-1)).toBe(false);
    expect(userConfirmed(2)).toBe(false);
  });
});
