// The words the press-text reader looks for, shared by its steps: numbers in words, month and
// quarter names, a figure's mention ("9,3%", "11.8 per cent"), signs, and the subjects and contexts
// that decide whether a sentence is about industrial production at all.
export const WORD_NUMBERS: Record<string, number> = {
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  một: 1,
  hai: 2,
  ba: 3,
  bốn: 4,
  năm: 5,
  sáu: 6,
  bảy: 7,
  tám: 8,
  chín: 9,
  mười: 10,
};
/** Month names in Vietnamese words, longest first so "Mười Hai" is not read as "Mười". */
export const VI_MONTH_WORDS: Record<string, number> = {
  'Mười Một': 11,
  'Mười Hai': 12,
  Giêng: 1,
  Một: 1,
  Hai: 2,
  Ba: 3,
  Tư: 4,
  Bốn: 4,
  Năm: 5,
  Sáu: 6,
  Bảy: 7,
  Tám: 8,
  Chín: 9,
  Mười: 10,
  Chạp: 12,
};
export const ORDINAL_QUARTER: Record<string, number> = { first: 1, second: 2, third: 3, fourth: 4, i: 1, ii: 2, iii: 3, iv: 4 };
export const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];

const NUM = String.raw`\d+(?:[.,]\d+)*|one|two|three|four|five|six|seven|eight|nine|ten`;
export const MENTION = new RegExp(String.raw`(?<![\w.,])(${NUM})\s*(%|per\s?cents?\b|percent\b|percentage\s+points?\b|điểm\s+phần\s+trăm|pp\b)`, 'giu');

export const POS = String.raw`increas\w*|ris(?:e|es|ing|en)|rose|gr[eo]w(?:s|n|ing|th)?|expand\w*|expansion|surg\w*|\bup\b|gain\w*|add(?:s|ed|ing)?|jump\w*|climb\w*|advanc\w*|higher|tăng|đi lên`;
export const NEG = String.raw`decreas\w*|reduc\w*|slid(?:e|es|ing)?\b|slipp?(?:ed|ing|s)?\b|dipp?(?:ed|ing|s)?\b|eas(?:ed|es|ing)\b|declin\w*|drop\w*|fell|fall\w*|\bdown\b|dragg\w*|lower|sụt|đi xuống|tụt|lao dốc|lùi|sút|shav(?:ed|es|ing)\b|knock(?:ed|s|ing)\b|trimm(?:ed|ing)\b|lost\b|los(?:e|es|ing)\b|shed(?:s|ding)?\b|contract\w*|shr[ai]nk\w*|slump\w*|plung\w*|giảm`;
export const SIGN_RE = new RegExp(`(${POS})|(${NEG})`, 'giu');

/** Words that give a reason ("do", "because of"): what follows them explains a figure and is none of its own. */
const REASON_EN = String.raw`because(?:\s+of)?|due to|as a result of|owing to|thanks to`;
const REASON_VI = String.raw`do|vì|bởi vì|bởi|nhờ`;
/** A reason opening a phrase: "partly because the Tết holiday …", "chủ yếu do …". */
export const REASON_OPENING = new RegExp(
  String.raw`^(?:(?:partly|mainly|largely|chiefly)\s+)?(?:${REASON_EN})\b\s*|^(?:(?:chủ yếu|một phần)\s+)?(?:${REASON_VI})(?![\p{L}])\s*`,
  'iu',
);
/** A reason anywhere in a text. */
export const REASON_ANYWHERE = new RegExp(String.raw`(?<![\p{L}])(?:${REASON_VI})(?![\p{L}])|\b(?:${REASON_EN})\b`, 'iu');

/** Statistics that are not industrial production, and targets. */
export const OFF_TOPIC =
  /\b(import|exports?\b|retail|GDP|turnover|credit|interest rate|exchange rate|inflation|CPI|consumer price|FDI|target\w*|striv\w*|goals?\b|forecast\w*|xuất khẩu|nhập khẩu|bán lẻ|mục tiêu|phấn đấu|kỳ vọng|dự báo|\bexpects?\b|\bprojected\b|\boutlook\b)/iu;
export const APPROX_BEFORE = /(?:nearly|about|around|approximately|almost|over|more than|at least|up to|roughly|~|khoảng|gần|hơn|trên|ít nhất)\s*$/iu;
export const SHARE_AFTER = /^\s*(?:of (?:the )?(?:GDP|total|industrial production value|value|share)|share)/iu;
export const PRODUCT_CONTEXT =
  /(?:key|major|main|principal) (?:industrial )?products|\bamong (?:the )?(?:industrial )?products\b|output of (?:some |several )?(?:key |major |main )?(?:industrial )?products|sản phẩm (?:công nghiệp )?(?:chủ yếu|chủ lực)|sản lượng/iu;
/** A quantity in a product's unit: "đạt 27,9 tỷ kWh", "1.3 million tonnes" — the sentence is about a product. */
export const PRODUCT_QUANTITY =
  /\d\s*(?:nghìn|triệu|tỷ|thousand|million|billion)?\s*(?:kWh|tấn|tonnes?|tons?|chiếc|cái|đôi|m2|m3|m²|m³|lít|litres?|liters?|units?|pairs?|pieces?)(?![\p{L}])/iu;
/** The whole country, said outright. */
export const NATIONWIDE = /\b(?:nationwide|nationally|the whole country|across the country)\b|cả nước|toàn quốc/iu;
/** Other statistics a sentence may give beside the IIP: value added, consumption and inventory indices, labour. */
export const OTHER_SUBJECT =
  /giá trị tăng thêm|giá trị sản xuất|chỉ số tiêu thụ|chỉ số tồn kho|tỷ lệ tồn kho|lao động|công nhân|value added|added value|production value|output value|consumption index|inventor(?:y|ies)|employment|labou?r|\bworkers\b|\bjobs\b/iu;
/** "higher than the 8.2% of the same period of 2024": the previous year's figure of the same subject. */
export const LEVEL_COMPARISON =
  /^[\s,]*(?:(?:(?:cao|thấp)\s+hơn(?:\s+(?:nhiều|hẳn|đáng kể|một chút))?(?:\s+so với)?|(?:(?:much|far|well|significantly|slightly)\s+)?(?:higher|lower) than|(?:well\s+|far\s+)?(?:above|below)|up from|down from|compared with|compared to|trailing|lagging|so với|trái ngược(?:\s+hẳn)?\s+với|in contrast (?:to|with)|after|following|sau)\s+(?:(?:mức|số liệu|con số|số|the|a|an|its)\s+)?(?:(?:revised|preliminary|estimated|upwardly revised|downwardly revised|ước tính|sơ bộ)\s+)?(?:(?:tăng|giảm|increase|growth|rise|decrease|decline)(?:\s+of)?\s*)?|(?:when|while|where)\s+it\s+(?:had\s+)?(?:been\s+)?\w+(?:\s+by)?\s*)$/iu;
export const IIP_TERM =
  /index of industrial production|industrial production index|production index|industrial (?:output|production)(?!\s+(?:value|of\b))|\bindex\b(?!\s+of\b)|sản xuất công nghiệp|chỉ số sản xuất(?: công nghiệp)?(?: toàn ngành(?: công nghiệp)?)?|toàn ngành công nghiệp|\bIIP\b/giu;

export const IIP_TERM_ANY = new RegExp(IIP_TERM.source, 'iu');
/** Words for a rate or level, not a subject of their own. */
export const GENERIC_SUBJECT = /^(?:(?:the\s+)?(?:rate|level|growth|pace|figure)|mức(?:\s+tăng)?|tốc độ(?:\s+tăng)?)$/iu;
export const OWN_LOCALITY = /^(?:(?:toàn|của)\s+)?(?:tỉnh|thành phố)(?:\s+nhà)?$|^(?:the\s+)?(?:province|city)(?:['’]s)?$/iu;
