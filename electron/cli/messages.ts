// The language the CLI says the readers' messages in: English unless the environment asks for
// Vietnamese (IIP_LANG, else the locale: LC_ALL, LC_MESSAGES, LANG, in POSIX's order). The messages
// of the catalogue and the import's report around them (import-report-words.ts) are translated; the
// other commands' text stays English.
import type { BridgeError } from '../shared/contract/envelope.js';
import type { Lang } from '../shared/lang.js';
import { sayImportProblem, type ProblemWords } from '../shared/messages/import.js';
import { cappedMessage } from '../shared/messages/said.js';
import { saidOf } from '../core/errors.js';

export function cliLang(env: NodeJS.ProcessEnv): Lang {
  const chosen = env.IIP_LANG?.trim().toLowerCase();
  if (chosen === 'vi' || chosen === 'en') return chosen;
  const locale = [env.LC_ALL, env.LC_MESSAGES, env.LANG].find((v) => v !== undefined && v !== '');
  return locale?.toLowerCase().startsWith('vi') ? 'vi' : 'en';
}

/** "file (place): message" of a problem in `lang`, cut as the core cuts the English; in English, its words exactly as the core gave them. */
export function problemLine(problem: ProblemWords & { file: string }, lang: Lang): string {
  const { place, message } = lang === 'en' ? { place: problem.place ?? null, message: problem.message } : sayImportProblem(problem, lang);
  const line = `${problem.file}${place ? ` (${place})` : ''}: ${message}`;
  return lang === 'en' ? line : cappedMessage(line);
}

/** An error refused by the handler table, keeping its catalogue message for errorText. */
export class RefusalError extends Error {
  constructor(
    readonly said: BridgeError['said'] | undefined,
    message: string,
  ) {
    super(message);
  }
}

/** An error's words for the user: a catalogue message said in `lang` with its file and place, else its message. */
export function errorText(error: unknown, lang: Lang): string {
  const message = error instanceof Error ? error.message : String(error);
  const said = error instanceof RefusalError ? error.said : saidOf(error);
  if (lang === 'en' || !said) return message;
  const words = { message, code: said.code, params: said.params, ...(said.where ? { where: said.where } : {}) };
  if (!said.file) return sayImportProblem(words, lang).message;
  return problemLine({ ...words, file: said.file }, lang);
}
