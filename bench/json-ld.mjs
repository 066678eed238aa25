// What a page's own schema.org JSON-LD says of its article (headline, authors,
// publication date), and whether what the importer found agrees with it.
import { JSDOM, VirtualConsole } from 'jsdom';

// One document, for decoding HTML entities: many sites escape their JSON-LD
// strings as HTML (`&amp;`, `&#8217;`), though JSON-LD is plain text.
const { document } = new JSDOM('').window;
const decoder = document.createElement('textarea');

/** The text of `value` with its HTML entities decoded. */
function decodeEntities(value) {
  decoder.innerHTML = value;
  return decoder.value;
}

/** Text as compared: entities decoded, compatibility forms folded (NFKC: a
 * no-break space is a space), white space collapsed, case ignored. */
export function normaliseText(value) {
  return decodeEntities(value).normalize('NFKC').replace(/\s+/g, ' ').trim().toLowerCase();
}

/** Whether a schema.org type names an article: every type whose name ends in
 * "Article" is one (NewsArticle and its ReportageNewsArticle, AnalysisNewsArticle
 * …, TechArticle, ScholarlyArticle), and so are these, named otherwise. A type may
 * come as a full IRI or with a prefix (`http://schema.org/NewsArticle`,
 * `schema:NewsArticle`). */
const otherArticleTypes = new Set(['BlogPosting', 'LiveBlogPosting', 'SocialMediaPosting', 'Report']);
function isArticleType(type) {
  const name = String(type).split(/[/#:]/).pop();
  return name.endsWith('Article') || otherArticleTypes.has(name);
}

/** The JSON-LD blocks of a page's HTML: each `<script type="application/ld+json">`
 * parsed, or counted as unreadable. */
export function readJsonLd(html) {
  // A virtual console that goes nowhere: jsdom's complaints about the pages'
  // stylesheets are not ours to print.
  const { document: page } = new JSDOM(html, { virtualConsole: new VirtualConsole() }).window;
  const scripts = [...page.querySelectorAll('script')].filter(
    (script) => script.type.trim().toLowerCase() === 'application/ld+json',
  );
  const values = [];
  let unreadable = 0;
  for (const script of scripts) {
    const value = parseBlock(script.textContent);
    if (value === undefined) unreadable += 1;
    else values.push(value);
  }
  return { blocks: scripts.length, unreadable, article: articleOf(values) };
}

/** A block's JSON, or `undefined`. Blocks wrapped in `<!-- -->` or CDATA
 * markers, as old templates write them, are read without the wrapping. */
function parseBlock(text) {
  const unwrapped = text
    .trim()
    .replace(/^(?:\/\/\s*)?(?:<!--|<!\[CDATA\[)/, '')
    .replace(/(?:\/\/\s*)?(?:-->|\]\]>)$/, '');
  try {
    return JSON.parse(unwrapped);
  } catch {
    return undefined;
  }
}

/** The page's article as its JSON-LD states it: `{ headline, authors, published }`,
 * each `undefined` when not stated, or `null` when no node is an article.
 *
 * The nodes looked at are the top-level ones, those of a `@graph` and a page's
 * `mainEntity`, not every nested object: an article's `isPartOf`, `review` or a
 * list of related articles are other pages. The first article node with a
 * headline is the page's article, or the first article node. An author given by
 * `@id` alone is looked up among all the page's nodes. */
function articleOf(values) {
  const nodes = [];
  const collect = (value) => {
    if (Array.isArray(value)) {
      value.forEach(collect);
    } else if (value && typeof value === 'object') {
      nodes.push(value);
      collect(value['@graph']);
      collect(value.mainEntity);
    }
  };
  values.forEach(collect);
  const articles = nodes.filter((node) => [node['@type']].flat().some(isArticleType));
  const article = articles.find((node) => firstString(node.headline)) ?? articles[0];
  if (!article) return null;

  const byId = new Map();
  const index = (value) => {
    if (Array.isArray(value)) {
      value.forEach(index);
    } else if (value && typeof value === 'object') {
      if (typeof value['@id'] === 'string' && Object.keys(value).length > 1) byId.set(value['@id'], value);
      Object.values(value).forEach(index);
    }
  };
  values.forEach(index);
  const authors = [article.author]
    .flat(Infinity)
    .flatMap((author) => authorNames(author, byId))
    .filter((name) => name.trim() !== '');
  return {
    headline: firstString(article.headline),
    authors: authors.length > 0 ? authors : undefined,
    published: firstString(article.datePublished),
  };
}

function firstString(value) {
  const string = [value].flat(Infinity).find((item) => typeof item === 'string' && item.trim() !== '');
  return string?.trim();
}

/** An author's names: a string is a name; a Person or Organization gives its
 * `name`, or its given and family names. */
function authorNames(author, byId) {
  if (typeof author === 'string') return [author];
  if (!author || typeof author !== 'object') return [];
  const node = author.name === undefined && typeof author['@id'] === 'string'
    ? byId.get(author['@id']) ?? author
    : author;
  const names = [node.name].flat(Infinity).filter((name) => typeof name === 'string');
  if (names.length > 0) return names;
  const parts = [firstString(node.givenName), firstString(node.familyName)].filter(Boolean);
  return parts.length > 0 ? [parts.join(' ')] : [];
}

/** The headlines agree when they are the same text (see `normaliseText`). */
export function headlinesAgree(ours, theirs) {
  return normaliseText(ours) === normaliseText(theirs);
}

/** The people a byline or a list of author names names, as a set of normalised
 * names: our byline reads "By A", "By A and B" or "By A, B and C"; a JSON-LD
 * name may hold several people the same way ("A and B", "A & B"). */
export function authorSet(names) {
  return new Set(
    [names]
      .flat()
      .flatMap((name) => normaliseText(name).replace(/^by\s+/, '').split(/\s*(?:,|&|\band\b|\|)\s*/))
      .filter((name) => name !== ''),
  );
}

/** The bylines agree when they name the same people, in any order. */
export function authorsAgree(ourByline, theirNames) {
  const ours = authorSet(ourByline);
  const theirs = authorSet(theirNames);
  return ours.size === theirs.size && [...ours].every((name) => theirs.has(name));
}

/** A date as `{ day, instant }`: the calendar day as written ("2019-11-19") and
 * the instant in milliseconds, which only a time with its zone gives (a time
 * without one could be anywhere's); `null` for text that is no date. ISO 8601
 * first; then the forms some pages use instead ("Mon, 18 Nov 2019 16:07:38 -0600",
 * "19 Nov 2019 07:09 GMT", "November 19, 2019"), whose day is only known for a
 * time in UTC or a date without a time. A year before 1000 is a CMS's empty
 * value (.NET's DateTime.MinValue, 0001-01-01), not a date. */
export function readDate(value) {
  const date = readAnyDate(value.trim());
  const year = date?.day ? Number(date.day.slice(0, 4)) : date && new Date(date.instant).getUTCFullYear();
  return date && year >= 1000 ? date : null;
}

function readAnyDate(value) {
  const iso = /^(\d{4}-\d{2}-\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(\.\d+)?)?\s*(Z|[+-]\d{2}(?::?\d{2})?)?)?$/i.exec(value);
  if (iso) {
    const [, day, hour, minute, second = '00', fraction = '', zone] = iso;
    if (hour === undefined || zone === undefined) return { day, instant: null };
    const offset = zone.toUpperCase() === 'Z' ? 'Z' : `${zone.slice(0, 3)}:${zone.slice(3).replace(':', '') || '00'}`;
    const instant = Date.parse(`${day}T${hour}:${minute}:${second}${fraction}${offset}`);
    return Number.isNaN(instant) ? null : { day, instant };
  }
  const parsed = Date.parse(value);
  if (Number.isNaN(parsed)) return null;
  if (!/\d{1,2}:\d{2}/.test(value)) {
    // No time: Date.parse gave local midnight of the day written.
    const local = new Date(parsed);
    const day = [local.getFullYear(), local.getMonth() + 1, local.getDate()]
      .map((part, index) => String(part).padStart(index === 0 ? 4 : 2, '0'))
      .join('-');
    return { day, instant: null };
  }
  const zone = /\b(?:GMT|UTC)(?:[+-]\d{4})?\b|\bZ\b|[+-]\d{4}\b/i.exec(value);
  if (!zone) return { day: null, instant: null };
  const inUtc = /^(?:(?:GMT|UTC|Z)(?:[+-]0000)?|[+-]0000)$/i.test(zone[0]);
  return { day: inUtc ? new Date(parsed).toISOString().slice(0, 10) : null, instant: parsed };
}

/** The dates agree at the same instant when both give a time with a zone (a
 * time without one is no instant: its zone is unknown), to the second, which is
 * all the edition format keeps; otherwise on the calendar day each writes, which
 * is the publisher's own day for a time given in its zone. */
export function datesAgree(ours, theirs) {
  const a = readDate(ours);
  const b = readDate(theirs);
  if (!a || !b) return false;
  if (a.instant !== null && b.instant !== null) return Math.floor(a.instant / 1000) === Math.floor(b.instant / 1000);
  return a.day !== null && a.day === b.day;
}

/** The fields compared: how to read what the JSON-LD states (`undefined` when
 * it does not, or not readably), what the importer found, and whether the two
 * agree. */
const fields = [
  {
    name: 'headline',
    theirs: (article) => article.headline,
    ours: (article) => article?.headline,
    agree: headlinesAgree,
  },
  {
    name: 'byline',
    theirs: (article) => article.authors,
    ours: (article) => article?.byline,
    agree: authorsAgree,
  },
  {
    name: 'published',
    theirs: (article) => (article.published && readDate(article.published) ? article.published : undefined),
    ours: (article) => article?.published,
    agree: datesAgree,
  },
];

/** How often the importer's article agrees with the page's JSON-LD: `pages`
 * maps each page's id to `{ jsonLd, article }`, what `readJsonLd` read and the
 * article imported (`null` when refused). Gives the printed table and the
 * disagreeing pages, one line each. */
export function agreement(pages) {
  const entries = Object.entries(pages);
  const withBlocks = entries.filter(([, { jsonLd }]) => jsonLd.blocks > 0).length;
  const unreadablePages = entries.filter(([, { jsonLd }]) => jsonLd.unreadable > 0).length;
  const unreadableBlocks = entries.reduce((sum, [, { jsonLd }]) => sum + jsonLd.unreadable, 0);
  const withArticle = entries.filter(([, { jsonLd }]) => jsonLd.article).length;
  const percent = (count, total) => `${count}`.padStart(4) + ` (${total ? Math.round((100 * count) / total) : 0} %)`.padEnd(8);
  const lines = [
    `${withBlocks} of ${entries.length} pages have JSON-LD, ${withArticle} an article node in it; ` +
      `${unreadableBlocks} blocks on ${unreadablePages} pages are unreadable`,
    'field      stated   found          agree',
  ];
  const disagreements = [];
  for (const field of fields) {
    let stated = 0;
    let found = 0;
    let agreeing = 0;
    for (const [id, { jsonLd, article }] of entries) {
      const theirs = jsonLd.article && field.theirs(jsonLd.article);
      if (theirs === undefined || theirs === null) continue;
      stated += 1;
      const ours = field.ours(article);
      if (ours === undefined || ours === null) {
        disagreements.push(`${field.name.padEnd(9)} ${id.slice(0, 12)}  ours: (none)  theirs: ${theirs}`);
        continue;
      }
      found += 1;
      if (field.agree(ours, theirs)) agreeing += 1;
      else disagreements.push(`${field.name.padEnd(9)} ${id.slice(0, 12)}  ours: ${ours}  theirs: ${theirs}`);
    }
    lines.push(`${field.name.padEnd(9)} ${`${stated}`.padStart(6)}  ${percent(found, stated)}  ${percent(agreeing, stated)}`.trimEnd());
  }
  return { table: lines.join('\n'), disagreements };
}
