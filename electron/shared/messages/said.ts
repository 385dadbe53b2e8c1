// A message as data: a code from a catalogue with its parameters, said in either UI language when
// shown. Texts name their parameters in braces ("the file is {size}"); the compiler reads the names
// out of the English text, so a message cannot be thrown with a parameter missing or misnamed.
import type { Lang } from '../lang.js';
import { placeOfLocation, sayPlace, type Place } from './place.js';

/** A place in a file as a parameter ("but row 2 gives 5.1"), said in the message's language. */
export interface PlaceParam {
  readonly place: Place;
}

/** Words joining a list's items: "a and b", "a or b", "a; b". */
export const LIST_JOINS = ['and', 'or', 'semicolon'] as const;
export type ListJoin = (typeof LIST_JOINS)[number];
const JOIN_WORDS: Readonly<Record<ListJoin, Readonly<Record<Lang, string>>>> = {
  and: { en: ' and ', vi: ' và ' },
  or: { en: ' or ', vi: ' hoặc ' },
  semicolon: { en: '; ', vi: '; ' },
};

/** A list as a parameter ("\"geo\" and \"item\""; the reasons nothing was stored), each item said in the message's language. */
export interface ListParam {
  readonly list: readonly ParamValue[];
  readonly join: ListJoin;
}

/** A number written with a fixed count of decimals ("16.0 MB"; "16,0 MB" in Vietnamese). */
export interface FixedParam {
  readonly fixed: number;
  readonly decimals: number;
}

/** A parameter: a number, a short text (quoted input is cut short before it gets here), a place, a list, a fixed-decimals number, or a message said in the same language. */
export type ParamValue = string | number | PlaceParam | ListParam | FixedParam | Said;
export type Params = Readonly<Record<string, ParamValue>>;

/** What the core throws and the window or the CLI says: a code with its parameters. */
export interface Said {
  readonly code: string;
  readonly params: Params;
}

/** A message's text in both languages. */
export interface MessageText {
  readonly en: string;
  readonly vi: string;
}

/** The parameter names a text uses: "{size} of {limit}" → "size" | "limit" (braces around spaces, "{ … }", are text). */
export type NamesIn<S extends string> = S extends `${string}{${infer Name}}${infer Rest}`
  ? (Name extends `${string} ${string}` ? never : Name) | NamesIn<Rest>
  : never;

/** The parameters a catalogue's message takes. */
export type ParamsFor<T extends MessageText> = { readonly [K in NamesIn<T['en']>]: ParamValue };

const PARAM = /\{(\w+)\}/g;

/** The parameter names a text uses, as the test and the renderer see them. */
export const namesIn = (text: string): string[] => [...new Set([...text.matchAll(PARAM)].map((m) => m[1]!))].sort();

/** A catalogue: code → texts. */
export type Catalogue = Readonly<Record<string, MessageText>>;

/**
 * Says a message in `lang`; a nested message is said in the same language. A code the catalogue
 * lacks (a newer core, an older window) gives null: the caller shows its English `message` instead.
 */
export function sayIn(catalogue: Catalogue, said: Said, lang: Lang): string | null {
  const text = Object.hasOwn(catalogue, said.code) ? catalogue[said.code]![lang] : undefined;
  if (text === undefined) return null;
  let missing = false;
  const sayValue = (value: ParamValue): string => {
    if (typeof value === 'object' && 'place' in value) return sayPlace(value.place, lang);
    if (typeof value === 'object' && 'fixed' in value) {
      const text = value.fixed.toFixed(Math.min(Math.max(0, Math.trunc(value.decimals)), 20));
      return lang === 'vi' ? text.replace('.', ',') : text;
    }
    if (typeof value === 'object' && 'list' in value) return value.list.map(sayValue).join((JOIN_WORDS[value.join] ?? JOIN_WORDS.semicolon)[lang]);
    if (typeof value === 'object') return sayIn(catalogue, value, lang) ?? ((missing = true), '');
    return typeof value === 'number' && lang === 'vi' ? numberVi(value) : String(value);
  };
  const out = text.replace(PARAM, (_, name: string) => {
    const value = Object.hasOwn(said.params, name) ? said.params[name] : undefined;
    if (value === undefined) {
      missing = true;
      return '';
    }
    return sayValue(value);
  });
  return missing ? null : out;
}

/** A whole message: the longest a person reads; past it, cut with an ellipsis (in either language). */
export const MAX_MESSAGE_CHARS = 2_000;

/** A message cut to MAX_MESSAGE_CHARS. */
export const cappedMessage = (message: string): string => (message.length > MAX_MESSAGE_CHARS ? `${message.slice(0, MAX_MESSAGE_CHARS - 1)}…` : message);

/** A number with a fixed count of decimals as a parameter. */
export const fixedParam = (fixed: number, decimals: number): FixedParam => ({ fixed, decimals });

/** A list as a parameter. */
export const listParam = (list: readonly ParamValue[], join: ListJoin): ListParam => ({ list, join });

/** A number as a Vietnamese reader writes it: a decimal comma; digits of whole numbers not grouped (byte offsets, counts). */
const numberVi = (n: number): string => String(n).replace('.', ',');

/** A figure's location text as a parameter: a place said in the message's language when it reads as one, else the text. */
export const locationParam = (location: string): ParamValue => {
  const place = placeOfLocation(location);
  return place ? { place } : location;
};
