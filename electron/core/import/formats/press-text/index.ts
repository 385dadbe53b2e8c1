// Finding IIP figures in press-release text (English and Vietnamese). The figures are proposals for the user to
// confirm: the reader may miss some, but it never makes up a value. Each figure quotes its sentence and line.
//
// A line that names the periods of its columns heads a plain-text table (tables.ts); other lines are read sentence by
// sentence. How a sentence is read (each step a module here: sentences.ts, periods.ts, subjects.ts; the words they
// look for in vocabulary.ts; this file puts them together):
//  1. Mentions: a number with %, "per cent", "percent", "percentage point(s)" or "điểm phần trăm". Mentions
//     that are approximate, ranges or targets ("nearly 50%", "8-9%", "at least 8 per cent") and sentences about
//     other statistics (trade, retail, GDP, targets, expectations) are skipped.
//  2. Item: the phrase between the previous mention (or a list opener such as "such as", "including", ":" or ";")
//     and this mention, with the verb, period and comparison phrases removed. "the IIP of the X" gives X; the
//     index itself gives TOTAL; "it", "chỉ số này" and "revised … figure" the previous sentence's subject; "output
//     of X", "X output", "sản lượng X" a product's output. An aside with no name ("(increased by 9.6% in the same
//     period in 2024)", "down from 7.7% the year before") is the previous figure's item at its own period, a year
//     earlier by default; a value stated before ("instead of 8.9%", "thay vì", "… it had estimated") is the same
//     figure as first stated. Percentage points are the contribution of the previous figure's item, or of the
//     subject they name.
//  3. Sign: the nearest increase/decrease word before the mention in the sentence (or right after it: "a 7.1 per
//     cent increase", "1.7 per cent lower"), else the previous sentence of the paragraph, else positive.
//  4. Period: a phrase right after the mention ("8.4% in 2022"), else the nearest before it, else the first after it
//     (not one in a comparison, a relative clause or "the year before"), else the period of the previous sentence
//     with figures ("Theo ngành, …": of the article's lead figure). "Respectively"/"lần lượt" lists go in order.
//     The year comes from the phrase, the sentence, the year the article first gave the same period, the context,
//     a year an earlier sentence opened with ("In 2024, …"), opts.referenceYear, the article's, else the
//     publication date: the latest such period not after it. Phrases relative to it ("last year", "this quarter",
//     "last month", "năm nay", "tháng trước", relative-periods.ts) take their year from it; with no publication
//     date such a figure is not read and a warning asks for the date. The date is opts.publishedOn, else the
//     text's dateline ("Hanoi, August 6, 2025 (VNA) –", "Ngày 6/8/2025", "Bình Dương, ngày 29 tháng 4 năm 2025"),
//     else a "date YYYY-MM-DD" line; a dateline's date is also the release's stated publication date.
//  5. Basis: "over the previous month"/"so với tháng trước"/"a month earlier"/"m/m", or a month compared with
//     before the figure ("Compared with January, …") → mom; otherwise yoy.
//  6. Place: a locality named as the subject, else the province the sentence opens with ("In Bắc Ninh, …"), else
//     for "the province"/"its"/"there" the last one named, else the article's (a title "Bắc Ninh: …", a provincial
//     statistics office's heading), else the whole country.
//  7. Measure: contribution for percentage points; output for products (after "key products", or in a paragraph
//     about them); else iip.
import { TOTAL_ITEM } from '../../../../shared/domain.js';
import { comparePeriods, previousYear, type Period } from '../../../../shared/period.js';
import { foldForSearch } from '../../../../shared/text.js';
import { geoKindOf } from '../../read/classify.js';
import { decodeText } from '../../read/text-decode.js';
import { ImportError, type ParseResult, type RawFigure, type Warning } from '../../types.js';
import { said } from '../../../../shared/messages/import.js';
import { locationParam } from '../../../../shared/messages/said.js';
import type { FormatReader } from '../format-reader.js';
import { boundRuns, MAX_SENTENCE, MAX_SENTENCE_FIGURES, MAX_WARNINGS, MAX_TABLE_LINE, PROSE_RUN, TABLE_RUN } from './bounds.js';
import { basisOf, findPeriods, PREVIOUS_COMPARISON, type PeriodPhrase } from './periods.js';
import { tableAt, tableFigures } from './tables.js';
import { datelineDate, isDateStamp, publishedOf, yearByPublication, type Published } from './relative-periods.js';
import { findMentions, firstSignIn, lastSignIn, parenthesesOf, relativeClausesOf, sentences, type Mention } from './sentences.js';
import {
  REVISED_FIGURE,
  cleanItem,
  datelineLocality,
  issuerLocality,
  localityIn,
  officeLocality,
  sentenceLocality,
  itemPhrase,
  placeName,
  resolveIndexPhrase,
  splitCompound,
  titleLocality,
  trimItem,
} from './subjects.js';
import {
  IIP_TERM,
  IIP_TERM_ANY,
  LEVEL_COMPARISON,
  MENTION,
  NATIONWIDE,
  OFF_TOPIC,
  OTHER_SUBJECT,
  OWN_LOCALITY,
  PRODUCT_CONTEXT,
  PRODUCT_QUANTITY,
  REASON_ANYWHERE,
} from './vocabulary.js';

const WORDS_OR_FIGURES = /[\p{L}\p{N}]/u;
/** A sentence's opening words before a period phrase that sets the time frame: "In 2024, …", "Trong năm 2024, …". */
const OPENING_PHRASE = /^\s*(?:(?:in|during|throughout|for|trong|vào|cả|suốt|tính\s+chung)\s+)?(?:the\s+)?$/iu;
/** "mức tăng chung", "overall growth": the growth a contribution is part of, no sign of its own. */
const GROWTH_NOUN = /(?<![\p{L}])mức\s+tăng(?:\s+chung)?(?![\p{L}])|\b(?:overall|total|headline)\s+growth\b/giu;
/** "Output of X", "Sản lượng X": the output of a product. */
const OUTPUT_OF = /^(?:(?:the\s+)?output\s+of\s+(?:the\s+)?|sản lượng\s+)(?=\p{L})/iu;
/** "crude oil output": the output of a product ("motor vehicle production" is an industry's, and stays an index). */
const OUTPUT_SUFFIX = /\s+output$/iu;
/** Words that, before "output", mean the whole industry's. */
const WHOLE_INDUSTRY = /^(?:combined|total|overall|aggregate|industrial|factory|manufacturing and mining)$/iu;
/** "… to 10.9% from the 10.2% it published": a value stated before, when an earlier estimate is named after it. */
const BARE_FROM = /^[\s,]*from\s+(?:the\s+|an?\s+)?$/iu;
/** "thay vì giảm 6,9%", "instead of the 9.5% drop", "revised from 8.9%": a figure's value as stated before. */
const INSTEAD_OF =
  /^[\s,;:]*(?:(?<![\p{L}])thay vì|\binstead of|\brather than|\brevised\s+(?:up(?:wards?)?\s+|down(?:wards?)?\s+)?from)\s+(?:the\s+|an?\s+|mức\s+)?(?:(?:tăng|giảm)\s+)?$/iu;
/** "… it had estimated on February 29", "… reported initially", "như ước tính trước đó": a level that was an earlier estimate. */
const EARLIER_ESTIMATE =
  /^\s*(?:[\p{L}-]+\s+){0,4}?(?:(?:it|they|the office|GSO)\s+)?(?:had\s+)?(?:(?:been\s+)?(?:first\s+|initially\s+|earlier\s+|previously\s+)?(?:estimated|reported|announced|published)\b|(?:như\s+)?(?:ước tính|công bố|báo cáo)\s+(?:trước đó|ban đầu|lần đầu|đầu tháng))/iu;
/** A sentence that breaks the lead figure down by industry ("Trong đó", "of which" break down the figure just before). */
const BREAKDOWN =
  /^\s*(?:(?:xét\s+)?theo\s+(?:ngành(?:\s+kinh\s+tế)?|sản phẩm|địa phương)|(?:broken down\s+)?by\s+(?:sectors?|industry|industries|products?|localit(?:y|ies)|provinces?)|in\s+terms\s+of\s+(?:sectors|industries|products))(?![\p{L}])/iu;
/** "it grew 7.7%", "nó tăng", "chỉ số này tăng": the subject of the previous sentence's figures. */
const PRONOUN = /\b(?:it|its)\b|(?<![\p{L}])(?:nó|chỉ số này)(?![\p{L}])/iu;
/** Words in a figure's clause that make it the locality's own: "IIP toàn tỉnh", "của thành phố", "the province's". */
const OWN_IN_SEGMENT = /(?<![\p{L}])(?:toàn|của|trên địa bàn)\s+(?:tỉnh|thành phố)(?![\p{L}])|\bthe (?:province|city)['’]s\b/iu;
/** What may stand between a figure and a period phrase that is its own: "8.4% in 2022", "tăng 8,6% trong 7 tháng". */
const TRAILING_GAP = /^\s*(?:(?:in|during|for|over|of|trong|vào|của)\s+)?(?:the\s+)?$/iu;

export interface PressTextOptions {
  /** ISO date the article was published: places periods relative to it ("last month", "in July"). Wins over the dateline. */
  publishedOn?: string;
  /** Year the article reports on, when the text does not say. */
  referenceYear?: number;
}

interface Main {
  item: string;
  geo: string;
  period: Period;
}

/** What holds for the whole article. */
interface Article {
  vi: boolean;
  /** Years to fall back on, in this order, when a sentence and its context give none. */
  fallbackYear: number | null;
  docYear: number | null;
  publishedYear: number | null;
  /** The publication date (given, else the dateline's): what relative periods are counted from. */
  published: Published | null;
  /** The date the text's dateline states (ISO), when no date was given: the release's publication date. */
  datelineOn: string | null;
  /** "HCM City – The city's index …": what "the city" or "the province" refers to. */
  datelineGeo: string;
  /** A province the title names ("Công nghiệp Quảng Ninh tăng trưởng …"): what "toàn tỉnh" refers to when nothing nearer does. */
  titleGeo: string;
}

/** What the reading has found so far, carried from sentence to sentence. */
interface Reading {
  figures: RawFigure[];
  warnings: Warning[];
  /** The period (and its year) the last sentence with figures was about. */
  ctxPeriod: Period | null;
  ctxYear: number | null;
  /** The year each period (by yearless code) of the article's figures was first read in: "quý I" again is that quarter. */
  resolved: Map<string, number>;
  /** The period of the article's first figure (its lead): what a breakdown ("Theo ngành, …", "By sector, …") is of. */
  topicPeriod: Period | null;
  /** The subject of the last sentence with figures: what "it" in the next one refers to. */
  lastMain: Main | null;
  /** A year an earlier sentence opens with ("In 2024, …", "Năm 2024, …"): the time frame of what follows. */
  narrativeYear: number | null;
  /** The province last named ("In Bắc Ninh, …", a figure of Bắc Ninh): what "the province" and "there" refer to. */
  lastLocality: string;
  /** The locality an article is about: a title "Bắc Ninh: …", or its first figure being a locality's index. */
  docGeo: string;
  /** docGeo came from the first figure being a locality's: undone if that sentence goes on to other localities. */
  docGeoFromFigure: boolean;
}

/** What holds within a paragraph (one line of the text). */
interface Paragraph {
  productContext: boolean;
  /** The last increase or decrease word of the paragraph's earlier sentences. */
  sign: 1 | -1 | null;
}

/** A sentence with figures, as its figures are read one after another. */
interface Sentence {
  s: string;
  loc: string;
  phrases: PeriodPhrase[];
  /** "tháng 8 và tháng 9, IIP lần lượt giảm 4,2% và 5,0%": each figure's period, by the figure's start. */
  respective: Map<number, PeriodPhrase>;
  /** With the periods comparisons name ("so với quý I năm ngoái"): what an aside's level may belong to. */
  allPhrases: PeriodPhrase[];
  inParens: (at: number) => boolean;
  openParenBefore: (at: number) => boolean;
  yearFor: (p: PeriodPhrase) => number | null;
  /** Where the sentence turns to products ("Among key products, …"): figures after it are outputs. */
  productsAt: number;
  /** The province the sentence opens with ("In Bắc Ninh, …", "Thái Nguyên, where …, …"): where its figures are. */
  locality: string;
  /** The subject, locality and period of the sentence's last figure: asides and contributions refer to it. */
  main: Main | null;
  /** The period of the sentence's first figure, its main clause: what the next sentences go on about. */
  sentencePeriod: Period | null;
  otherSubject: boolean;
  figureCount: number;
}

/** Finds IIP figures in a press release. */
export function parsePressText(input: string | Buffer, fileName: string, opts: PressTextOptions = {}): ParseResult {
  const raw = typeof input === 'string' ? input : decodeText(input, fileName).text;
  if (raw.trim() === '') throw new ImportError(fileName, null, said('file.empty'));
  const rawLines = raw.split(/\r\n|\r|\n/);
  // prose with its runs shortened, and the lines as tables see them (bounds.ts)
  const lines = rawLines.map((l) => boundRuns(l, PROSE_RUN));
  const tableLines = rawLines.map((l) => (l.length > MAX_TABLE_LINE ? '' : boundRuns(l, TABLE_RUN)));
  // the head's datelines and titles are measured by their length: they see the runs as tables do
  const text = tableLines.join('\n');
  const article = articleOf(text, lines, opts);
  const reading: Reading = {
    figures: [],
    warnings: [],
    ctxPeriod: null,
    ctxYear: null,
    resolved: new Map(),
    topicPeriod: null,
    lastMain: null,
    narrativeYear: null,
    lastLocality: '',
    docGeo: titleLocality(text) || issuerLocality(text),
    docGeoFromFigure: false,
  };
  for (let li = 0; li < lines.length; li++) {
    // a line without a letter or a digit states nothing (rules, stray marks): not read, at no cost
    const silent = !WORDS_OR_FIGURES.test(lines[li]!);
    const table = silent
      ? null
      : tableAt(tableLines, li, { vi: article.vi, published: article.published, yearFor: (p) => yearOfPhrase(p, null, article, reading) });
    if (table) {
      // "Chỉ số sản xuất công nghiệp Hà Nội": a table whose title names a province is that province's
      const titled = localityIn(table.title);
      reading.figures.push(
        ...tableFigures(table, (label) => placeOf({ item: rowItem(label), raw: label }, label, article, reading, { locality: titled, nationwide: false })),
      );
      reading.ctxPeriod = table.columns[0]!.period; // the table's periods frame the prose after it
      reading.ctxYear = Number(reading.ctxPeriod.code.slice(0, 4));
      li = table.lastLine;
      continue;
    }
    const paragraph: Paragraph = { productContext: false, sign: null };
    for (const sent of silent ? [] : sentences(lines[li]!)) {
      if (sent.text.length <= MAX_SENTENCE) readSentence(sent.text, `line ${li + 1}`, paragraph, article, reading);
      else reading.warnings.push(said('warning.text.long-sentence', { line: li + 1, length: sent.text.length, limit: MAX_SENTENCE }));
    }
    // a look back ("Năm 2023, IIP chỉ tăng 1,3%") stays in its paragraph: the next one is about the lead period again
    if (lines[li]!.trim() !== '' && reading.topicPeriod && reading.ctxPeriod && comparePeriods(reading.ctxPeriod, reading.topicPeriod) < 0) {
      reading.ctxPeriod = reading.topicPeriod;
      reading.ctxYear = Number(reading.topicPeriod.code.slice(0, 4));
    }
  }
  const release: ParseResult['release'] = { sourceKind: 'text', sourceFile: fileName };
  if (article.datelineOn) {
    release.publishedOn = article.datelineOn;
    release.publishedOnNote = "Taken from the article's dateline.";
  }
  return { figures: withoutRepeats(reading.figures), release, warnings: boundedWarnings(reading.warnings) };
}

/** The article's language, the years it falls back on, and the locality of its dateline. */
function articleOf(text: string, proseLines: string[], opts: PressTextOptions): Article {
  const vi = /\b(tăng|giảm|tháng|so với|cùng kỳ)\b/iu.test(text) && (text.match(/[ăâđêôơưạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ]/giu)?.length ?? 0) > 20;
  const dateLine = /\bdate\s+(\d{4})-(\d{2})-(\d{2})\b/.exec(text);
  const publishedYear = opts.publishedOn ? Number(opts.publishedOn.slice(0, 4)) : dateLine ? Number(dateLine[1]) : null;
  const datelineOn = opts.publishedOn ? null : datelineDate(text);
  const published =
    publishedOf(opts.publishedOn) ?? publishedOf(datelineOn ?? undefined) ?? (dateLine ? { year: Number(dateLine[1]), month: Number(dateLine[2]) } : null);
  return {
    vi,
    fallbackYear: opts.referenceYear ?? null,
    docYear: documentYear(proseLines, published),
    publishedYear: published?.year ?? publishedYear,
    published,
    datelineOn,
    datelineGeo: datelineLocality(text),
    titleGeo: localityIn(text.split(/\r\n|\r|\n/).find((l) => l.trim() !== '' && !isDateStamp(l)) ?? ''),
  };
}

/** The year of the first sentence with a figure that names one (or implies it: "same period in 2024"). */
function documentYear(lines: string[], published: Published | null): number | null {
  for (const line of lines) {
    for (const sent of sentences(line)) {
      if (sent.text.length > MAX_SENTENCE) continue;
      MENTION.lastIndex = 0;
      if (OFF_TOPIC.test(sent.text) || !MENTION.test(sent.text)) continue;
      // the year of the sentence's first figure's own period (not one a comparison or an aside names)
      const f = findPeriods(sent.text, published);
      const first = findMentions(sent.text, false)[0];
      if (!first) continue;
      const own =
        f.phrases.filter((p) => !p.compared && p.end <= first.start).at(-1) ?? f.phrases.find((p) => !p.compared && !p.inComparison && p.start >= first.end);
      const year = own?.year ?? f.impliedYear;
      if (year !== null) return year;
    }
  }
  return null;
}

/** Reads the figures of one sentence; one without figures may still set the sign or the period that follows. */
function readSentence(s: string, loc: string, paragraph: Paragraph, article: Article, reading: Reading): void {
  // "Among key products, …" makes the figures after it products' (and the paragraph's from then on); a quantity the whole sentence's
  const productsAt = PRODUCT_CONTEXT.exec(s)?.index ?? Infinity;
  if (PRODUCT_QUANTITY.test(s)) paragraph.productContext = true;
  if (/\b(?:industries|sub-sectors|localities|provinces)\b|ngành cấp II|địa phương/iu.test(s) && !PRODUCT_CONTEXT.test(s)) paragraph.productContext = false;
  const stated = findMentions(s, article.vi);
  // each figure looks back over its sentence: a sentence of hundreds would take long (bounds.ts)
  if (stated.length > MAX_SENTENCE_FIGURES)
    reading.warnings.push(said('warning.text.many-figures', { at: locationParam(loc), count: stated.length, limit: MAX_SENTENCE_FIGURES }));
  const mentions = stated.slice(0, MAX_SENTENCE_FIGURES);
  const locality = sentenceLocality(s);
  const office = officeLocality(s);
  if (locality || office) reading.lastLocality = locality || office;
  if (mentions.length === 0 || OFF_TOPIC.test(s)) {
    if (productsAt !== Infinity) paragraph.productContext = true;
    paragraph.sign = lastSignIn(s) ?? paragraph.sign;
    const phrases = findPeriods(s, article.published).phrases;
    const opening = phrases.find((p) => p.year !== null && !p.unplaceable && !p.compared && OPENING_PHRASE.test(s.slice(0, p.start)));
    if (opening && (article.published === null || opening.year! <= article.published.year)) reading.narrativeYear = opening.year;
    if (!OFF_TOPIC.test(s) && (IIP_TERM_ANY.test(s) || PRODUCT_CONTEXT.test(s))) {
      // "Industrial production contracted in February …": the period the next sentences go on about
      const own = phrases.filter((p) => !p.unplaceable && !p.compared && !p.inComparison && !p.needsDate);
      const named = own[0];
      const year = named ? yearOfPhrase(named, own.find((p) => p.year !== null)?.year ?? null, article, reading) : null;
      if (named && year !== null) {
        reading.ctxPeriod = named.make(year);
        reading.ctxYear = year;
      }
    }
    return;
  }
  const found = findPeriods(s, article.published);
  const impliedYear = found.impliedYear;
  // what a comparison compares with is no figure's own period; asides may still use it (allPhrases)
  const phrases = found.phrases.filter((p) => !p.compared);
  const parens = parenthesesOf(s);
  const inClause = relativeClausesOf(s);
  const { openParenBefore } = parens;
  const inParens = (at: number): boolean => parens.inParens(at) || inClause(at);
  // the sentence's year, not one a reason after its figures names ("…, chủ yếu do Tết năm 2025 rơi vào tháng 1")
  const lastFigureEnd = mentions.at(-1)!.end;
  const inReason = (p: PeriodPhrase): boolean => p.start > lastFigureEnd && REASON_ANYWHERE.test(s.slice(lastFigureEnd, p.start));
  const sentenceYear = phrases.find((p) => p.year !== null && !inParens(p.start) && !p.inComparison && !inReason(p))?.year ?? impliedYear;
  const sentence: Sentence = {
    s,
    loc,
    phrases,
    allPhrases: found.phrases,
    respective: respectivePeriods(s, phrases, mentions, inParens),
    inParens,
    openParenBefore,
    yearFor: (p) => yearOfPhrase(p, sentenceYear, article, reading),
    locality,
    productsAt,
    main: null,
    sentencePeriod: null,
    otherSubject: false,
    figureCount: 0,
  };
  let segStart = 0;
  for (let k = 0; k < mentions.length; k++) {
    const mt = mentions[k]!;
    readMention(sentence, mt, k, segStart, mentions[k + 1]?.start ?? s.length, paragraph, article, reading);
    // the closing parenthesis of this mention belongs to it
    const closeAfter = /^\s*\)/.exec(s.slice(mt.end));
    segStart = closeAfter ? mt.end + closeAfter[0].length : mt.end;
  }
  if (reading.docGeoFromFigure) {
    reading.docGeoFromFigure = false;
    if (new Set(reading.figures.map((f) => f.geoLabel).filter((g) => g !== '')).size > 1) reading.docGeo = '';
  }
  if (sentence.figureCount > 0 && sentence.main) {
    reading.lastMain = sentence.main;
    reading.topicPeriod ??= sentence.sentencePeriod ?? sentence.main.period;
    reading.ctxPeriod = sentence.sentencePeriod ?? sentence.main.period;
    reading.ctxYear = Number(reading.ctxPeriod.code.slice(0, 4));
  }
  if (productsAt !== Infinity) paragraph.productContext = true;
  paragraph.sign = lastSignIn(s) ?? paragraph.sign;
}

/**
 * The year of a period phrase: its own, else the sentence's, the context's, the year an earlier sentence
 * opened with, the article's, else the publication date's; "the year before" counts back from the context.
 */
function yearOfPhrase(p: PeriodPhrase, sentenceYear: number | null, article: Article, reading: Reading): number | null {
  if (p.yearBefore === 'context') {
    const base = reading.ctxYear ?? reading.narrativeYear ?? article.fallbackYear ?? article.published?.year ?? null;
    return base === null ? null : base - 1;
  }
  if (p.needsDate) return p.year;
  return (
    p.year ??
    sentenceYear ??
    reading.resolved.get(yearless(p.make(2000))) ??
    reading.ctxYear ??
    reading.narrativeYear ??
    article.fallbackYear ??
    article.docYear ??
    (article.published ? yearByPublication(p.lastMonth, article.published) : article.publishedYear)
  );
}

/** A table row's name as an item: the whole industry ("Toàn ngành", "Total", "IIP") is TOTAL. */
function rowItem(label: string): string {
  if (/^(?:total|overall|all industr(?:y|ies)|whole industry|industry as a whole|tổng(?:\s+số)?|chung|toàn ngành)$/iu.test(label.trim())) return TOTAL_ITEM;
  return resolveIndexPhrase(label);
}

/** The subject and period a contribution with no growth figure before it names; null when it names none. */
function ownerOfContribution(sentence: Sentence, mt: Mention, segment: string, segStart: number, article: Article, reading: Reading): Main | null {
  const raw = itemPhrase(segment, null, sentence.phrases, segStart);
  if (raw === '' || raw.split(/\s+/).length > 16) return null;
  const timed = periodOf(sentence, mt, '', reading);
  if (!timed) return null;
  const { item, geo } = placeOf({ item: resolveIndexPhrase(raw), raw }, segment, article, reading, {
    locality: sentence.locality,
    nationwide: NATIONWIDE.test(sentence.s.slice(0, mt.start)),
  });
  return { item, geo, period: timed.period };
}

/** The sign of a figure: written on it, a word right after it, else the nearest word before it, else the paragraph's. */
function signOf(s: string, segment: string, mt: Mention, paragraphSign: 1 | -1 | null): 1 | -1 {
  // A contribution's own verb comes first ("reducing the overall growth by 0.8 points"); else the figure's sign.
  let sign = (mt.pp ? firstSignIn(segment.replace(GROWTH_NOUN, ' ')) : null) ?? lastSignIn(s.slice(0, mt.start));
  const afterWords = s.slice(mt.end, mt.end + 30);
  const afterSign = /^\s*(?:IIP\s+|industrial\s+)?(increase|rise|growth|gain|jump|higher|decline|decrease|drop|fall|contraction|lower)\b/i.exec(afterWords);
  if (afterSign) sign = /increase|rise|growth|gain|jump|higher/i.test(afterSign[1]!) ? 1 : -1;
  return mt.written ?? sign ?? paragraphSign ?? 1;
}

/**
 * The sign of a level an aside compares with ("down from 7.7%", "up from a 2.1% decline", "thấp hơn mức
 * giảm 2%"): the comparison's own verb says nothing of it; a sign written on it or a word naming it does.
 */
function asideSign(clause: string, s: string, mt: Mention): 1 | -1 {
  const named = /^\s*(?:IIP\s+|industrial\s+)?(increase|rise|growth|gain|jump|decline|decrease|drop|fall|contraction)\b/i.exec(s.slice(mt.end, mt.end + 30));
  if (named) return /increase|rise|growth|gain|jump/i.test(named[1]!) ? 1 : -1;
  const level = clause.replace(
    /^[\s,]*(?:(?:cao|thấp)\s+hơn|higher than|lower than|above|below|up from|down from|compared with|compared to|so với|after|following|sau)\s*/iu,
    '',
  );
  return mt.written ?? lastSignIn(level) ?? 1;
}

/** Reads one mentioned figure: a contribution, an aside about a year earlier, or a figure of its own subject. */
function readMention(
  sentence: Sentence,
  mt: Mention,
  k: number,
  segStart: number,
  nextStart: number,
  paragraph: Paragraph,
  article: Article,
  reading: Reading,
): void {
  const { s, loc, main } = sentence;
  const segment = s.slice(segStart, mt.start);
  const after = s.slice(mt.end, nextStart).split(/[;]/)[0]!;
  const ownSegment = k > 0 ? segment.replace(PREVIOUS_COMPARISON, '') : segment;
  // the clause before the figure: "…in October 2025, down from an 11.6 per cent rise in September"
  const clause = ownSegment.slice(Math.max(ownSegment.lastIndexOf(','), ownSegment.lastIndexOf(';')) + 1);
  // an aside in parentheses: "(increased by 9.6% in the same period in 2024)", "(up 8.6 percent)" right after a figure
  const parenAt = segment.lastIndexOf('(');
  const isParenItem = sentence.openParenBefore(mt.start) && parenAt >= 0;
  // "… 5.8%, up from the 5.5% it had estimated", "giảm 5,8%, thay vì giảm 6,9%": the same figure as first stated
  const revision =
    !isParenItem && main !== null && (INSTEAD_OF.test(clause) || ((LEVEL_COMPARISON.test(clause) || BARE_FROM.test(clause)) && EARLIER_ESTIMATE.test(after)));
  const levelAside = !revision && !isParenItem && main !== null && LEVEL_COMPARISON.test(clause);
  const value = (levelAside || revision ? asideSign(clause, s, mt) : signOf(s, segment, mt, paragraph.sign)) * mt.value || 0;
  const basisIn = (p: Period): 'mom' | 'yoy' => basisOf(after, ownSegment, Number(p.code.slice(0, 4)));
  const push = (figure: RawFigure): void => {
    reading.figures.push(figure);
    sentence.figureCount++;
  };
  if (mt.pp) {
    // a contribution belongs to the figure before it, else to the subject it names ("ngành X đóng góp 8,8 điểm phần trăm")
    const owner = main ?? ownerOfContribution(sentence, mt, segment, segStart, article, reading);
    if (!owner) return;
    push({
      geoLabel: owner.geo,
      itemLabel: owner.item,
      measure: 'contribution',
      period: owner.period.code,
      basis: 'yoy',
      unit: 'pp',
      value,
      decimals: mt.decimals,
      location: loc,
      quote: s.trim(),
    });
    return;
  }
  // "cao hơn nhiều so với quý I năm ngoái (giảm 2%)": a comparison before the parenthesis names no subject
  const beforeText = isParenItem ? trimItem(cleanItem(segment.slice(0, parenAt), sentence.allPhrases, segStart)) : '';
  const beforeParen = beforeText !== '' && LEVEL_COMPARISON.test(` ${beforeText} `) ? '' : beforeText;
  if (((isParenItem && beforeParen === '') || levelAside || revision) && main) {
    const period = revision ? main.period : asidePeriod(sentence, main, mt, segment, after, parenAt, levelAside);
    push({
      geoLabel: main.geo,
      itemLabel: main.item,
      measure: paragraph.productContext || mt.start > sentence.productsAt ? 'output' : 'iip',
      period: period.code,
      basis: basisIn(period),
      unit: 'pct',
      value,
      decimals: mt.decimals,
      location: loc,
      quote: s.trim(),
    });
    return;
  }
  if (OTHER_SUBJECT.test(segment)) {
    sentence.otherSubject = true; // its further figures ("… and 8% over the same period") are not the IIP's either
    sentence.main = null;
    return;
  }
  const subject = subjectOf(sentence, mt, segment, segStart, isParenItem ? parenAt : null, reading);
  if (!subject) return;
  const timed = periodOf(sentence, mt, after, reading);
  if (!timed) return;
  const { period, shifted } = timed;
  const placed = placeOf(subject, segment, article, reading, { locality: sentence.locality, nationwide: NATIONWIDE.test(s.slice(0, mt.start)) });
  const geo = subject.from ? subject.from.geo : placed.geo; // "It was down 10.9%": where the figure before was
  // "Output of electronic components", "Sản lượng điện": a product's output, named after the prefix
  const prefixed = OUTPUT_OF.exec(placed.item);
  const suffixed = !prefixed && placed.item !== TOTAL_ITEM ? OUTPUT_SUFFIX.exec(placed.item) : null;
  const named = prefixed ? placed.item.slice(prefixed[0].length) : suffixed ? placed.item.slice(0, suffixed.index) : placed.item;
  // "Combined January-February output", "Factory output": industry as a whole
  const whole = suffixed !== null && WHOLE_INDUSTRY.test(named);
  const output = whole ? null : (prefixed ?? suffixed);
  const item = whole ? TOTAL_ITEM : named;
  const status = /\bestimat\w*|(?<![\p{L}])ước(?![\p{L}])/iu.test(segment) ? 'estimate' : undefined;
  for (const one of splitCompound(item)) {
    const fig: RawFigure = {
      geoLabel: geo,
      itemLabel: one,
      measure: output || ((paragraph.productContext || mt.start > sentence.productsAt) && item !== TOTAL_ITEM) ? 'output' : 'iip',
      period: period.code,
      basis: basisIn(period),
      unit: 'pct',
      value,
      decimals: mt.decimals,
      location: loc,
      quote: s.trim(),
    };
    if (status) fig.status = status;
    push(fig);
  }
  if (!shifted) {
    sentence.main = { item, geo, period };
    sentence.sentencePeriod ??= period;
    if (!reading.resolved.has(yearless(period))) reading.resolved.set(yearless(period), Number(period.code.slice(0, 4)));
  }
}

/**
 * "respectively", "lần lượt": the periods listed before the figures go to them in order, when there are as
 * many of each (percentage points, which belong to the figure before them, not counted).
 */
function respectivePeriods(s: string, phrases: PeriodPhrase[], mentions: Mention[], inParens: (at: number) => boolean): Map<number, PeriodPhrase> {
  const out = new Map<number, PeriodPhrase>();
  if (!RESPECTIVELY.test(s)) return out;
  const figures = mentions.filter((m) => !m.pp && !inParens(m.start));
  const listed = phrases.filter((p) => figures.length > 0 && p.end <= figures[0]!.start && !inParens(p.start));
  if (figures.length < 2 || listed.length !== figures.length) return out;
  figures.forEach((m, i) => out.set(m.start, listed[i]!));
  return out;
}

const RESPECTIVELY = /\brespectively\b|(?<![\p{L}])lần lượt(?![\p{L}])/iu;

/** A period's code without its year ("Y-Q1", "Y-01..Y-07"): the same period named again without a year. */
const yearless = (p: Period): string => p.code.replace(/\d{4}/g, 'Y');

/**
 * The figure's subject as written (raw) and as read (item): the phrase before it, else the
 * sentence's previous subject, else the index the sentence names; null when there is none to trust.
 */
function subjectOf(
  sentence: Sentence,
  mt: Mention,
  segment: string,
  segStart: number,
  parenAt: number | null,
  reading: Reading,
): { item: string; raw: string; from?: Main } | null {
  const raw = itemPhrase(segment, parenAt, sentence.phrases, segStart);
  // "Output was up 2.3%", "Production rose": the article's subject, industrial output
  let item = raw !== '' ? (/^(?:output|production)$/iu.test(raw) ? TOTAL_ITEM : resolveIndexPhrase(raw)) : '';
  if (item !== '') sentence.otherSubject = false;
  if (item === '' && sentence.otherSubject) return null;
  if (item === '') {
    if (sentence.main) return { item: sentence.main.item, raw, from: sentence.main };
    else if (IIP_TERM.test(sentence.s.slice(0, mt.start))) item = TOTAL_ITEM;
    else if (reading.lastMain && (PRONOUN.test(segment) || REVISED_FIGURE.test(segment))) return { item: reading.lastMain.item, raw, from: reading.lastMain };
    IIP_TERM.lastIndex = 0;
  }
  if (item === '' || item.split(/\s+/).length > 16) {
    if (item) reading.warnings.push(said('warning.text.subject-unclear', { at: locationParam(sentence.loc), value: mt.value }));
    return null;
  }
  return { item, raw };
}

/**
 * Where the figure is: a locality's own index is its whole industry ("Phú Thọ tăng 35,2%"), "the
 * province" is the article's locality, "nationwide" the whole country, else the article's locality.
 */
function placeOf(
  subject: { item: string; raw: string },
  segment: string,
  article: Article,
  reading: Reading,
  where: { locality: string; nationwide: boolean } = { locality: '', nationwide: false },
): { item: string; geo: string } {
  let { item } = subject;
  const bare = item.replace(/['’]s$/u, ''); // "Quảng Trị's" (its index)
  const locality = geoKindOf(bare) === 'province' ? placeName(bare) : '';
  if (locality) {
    if (reading.figures.length === 0 && IIP_TERM_ANY.test(subject.raw)) {
      reading.docGeo = locality;
      reading.docGeoFromFigure = true;
    }
    reading.lastLocality = locality;
    return { item: TOTAL_ITEM, geo: locality };
  }
  // "the province's IIP", "tỉnh", "Mobile phone output there": the locality last named, else the article's
  const there = THERE.exec(item);
  if (there) item = item.slice(0, there.index);
  // "IIP toàn tỉnh", "của tỉnh", "the province's index": the locality the text is about
  const ownWords = OWN_LOCALITY.test(item) || (item === TOTAL_ITEM && OWN_IN_SEGMENT.test(segment));
  const own = ownWords && (reading.lastLocality || reading.docGeo || article.datelineGeo || article.titleGeo) !== '';
  if (own) {
    if (!reading.lastLocality) reading.docGeo ||= article.datelineGeo || article.titleGeo;
    item = TOTAL_ITEM;
  }
  let geo = reading.docGeo;
  if (where.nationwide || NATIONWIDE.test(segment)) geo = '';
  else if (where.locality) geo = where.locality;
  else if (own || there) geo = reading.lastLocality || reading.docGeo;
  return { item, geo };
}

/** "… output there": at the locality last named. */
const THERE = /\s+(?:there|ở đó|tại đây)$/iu;

/** An aside's own period ("… rise in September"), else the year it names, else a year before the main figure's. */
function asidePeriod(sentence: Sentence, main: Main, mt: Mention, segment: string, after: string, parenAt: number, levelAside: boolean): Period {
  const { s, phrases } = sentence;
  const asideEnd = levelAside ? mt.end + after.length : s.indexOf(')', mt.end) < 0 ? s.length : s.indexOf(')', mt.end);
  const inside = levelAside ? segment + after : segment.slice(parenAt + 1) + s.slice(mt.end, asideEnd);
  const own =
    phrases.find((p) => p.start >= mt.end && p.end <= asideEnd) ??
    sentence.allPhrases.filter((p) => p.compared && p.end <= mt.start && p.start >= mt.start - segment.length).at(-1);
  const y = /\b(\d{4})\b/.exec(inside);
  const mainYear = Number(main.period.code.slice(0, 4));
  if (own?.yearBefore) return previousYear(main.period);
  if (own) return own.make(own.year ?? mainYear);
  if (y && Number(y[1]) !== mainYear) {
    let period = main.period;
    for (let i = 0; i < mainYear - Number(y[1]) && i < 50; i++) period = previousYear(period);
    return period;
  }
  return previousYear(main.period);
}

/**
 * A figure's period: the nearest phrase before it outside parentheses, else the first after it, else
 * the context's; a year earlier when "in the same period last year" follows (shifted).
 */
function periodOf(sentence: Sentence, mt: Mention, after: string, reading: Reading): { period: Period; shifted: boolean } | null {
  const { phrases, inParens } = sentence;
  // "8.4% in 2022, 1.5% in 2023": a phrase right after the figure is its own; else the nearest before, else the first after
  // "Theo ngành, …", "By sector, …" with no period of its own: a breakdown of the article's lead period
  const breakdown = BREAKDOWN.test(sentence.s) && reading.topicPeriod !== null;
  let phrase =
    sentence.respective.get(mt.start) ?? phrases.find((p) => p.start >= mt.end && TRAILING_GAP.test(sentence.s.slice(mt.end, p.start)) && !inParens(p.start));
  if (!phrase) for (const p of phrases) if (p.end <= mt.start && !inParens(p.start)) phrase = p;
  // "the year before" after a figure is an aside's period, not the figure's
  phrase ??= phrases.find((p) => p.start >= mt.end && !inParens(p.start) && p.yearBefore === undefined && !p.inComparison);
  if (phrase?.unplaceable) {
    reading.warnings.push(
      said('warning.text.period-range', { at: locationParam(sentence.loc), value: mt.value, period: sentence.s.slice(phrase.start, phrase.end).trim() }),
    );
    return null;
  }
  let period: Period | null = null;
  if (phrase) {
    const y = sentence.yearFor(phrase);
    if (y !== null) period = phrase.make(y);
  } else period = breakdown ? reading.topicPeriod : reading.ctxPeriod;
  if (!period && phrase?.needsDate) {
    reading.warnings.push(said('warning.text.period-needs-date', { at: locationParam(sentence.loc), value: mt.value }));
    return null;
  }
  if (!period) {
    reading.warnings.push(said('warning.text.no-year', { at: locationParam(sentence.loc), value: mt.value }));
    return null;
  }
  const shifted = /^\s*(?:\w+\s+){0,2}(?:during|in)\s+the\s+same\s+period\s+(?:last year|of (?:the )?(?:previous|last) year)/i.test(after);
  return { period: shifted ? previousYear(period) : period, shifted };
}

/** The first warnings, and how many more: a text of thousands of unread sentences says so in one line. */
function boundedWarnings(warnings: Warning[]): Warning[] {
  if (warnings.length <= MAX_WARNINGS) return warnings;
  return [...warnings.slice(0, MAX_WARNINGS), said('warning.more', { count: warnings.length - MAX_WARNINGS })];
}

/** A headline and the lead often state the same figure; it is proposed once. */
function withoutRepeats(figures: RawFigure[]): RawFigure[] {
  const seen = new Set<string>();
  return figures.filter((f) => {
    const key = [f.geoLabel, foldForSearch(f.itemLabel), f.measure, f.period, f.basis, f.unit, f.value].join('|');
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** A .txt file; its bytes are taken as UTF-8 (pasted text goes to parsePressText directly). */
export const pressTextReader: FormatReader = {
  format: 'text',
  read: (bytes, opts) => parsePressText(bytes.toString('utf8'), opts.fileName, opts.publishedOn ? { publishedOn: opts.publishedOn } : {}),
};
