/**
 * The article in an HTML page, read in the browser (the page is parsed with DOMParser by the
 * caller): its main content (`<article>`, else `<main>` or `[role=main]`, else the body) without
 * navigation, asides, scripts and forms, one paragraph per block element, paragraphs joined by
 * blank lines; and what the page says of itself (headline, canonical address, publication day).
 * Pure: it takes any parsed document with this shape (the browser's or linkedom's in tests).
 */

/** The part of a DOM element this module reads. */
export interface HtmlElement {
  textContent: string | null;
  getAttribute(name: string): string | null;
  querySelector(selector: string): HtmlElement | null;
  querySelectorAll(selector: string): Iterable<HtmlElement>;
  closest(selector: string): HtmlElement | null;
}

export interface HtmlDocument {
  querySelector(selector: string): HtmlElement | null;
}

export interface HtmlArticle {
  /** The plain text that becomes the draft's text: paragraphs separated by blank lines. */
  text: string;
  title: string;
  url?: string;
  /** `YYYY-MM-DD`. */
  publishedAt?: string;
}

const CONTENT = ['article', 'main', '[role="main"]', 'body'];
const BLOCKS = 'h1, h2, h3, h4, h5, h6, p, li, blockquote, pre, figcaption, dd, dt';
/** Parts of a page that are not the article. */
const SKIP = 'nav, footer, aside, script, style, noscript, template, form, button, [hidden], [aria-hidden="true"]';

const squash = (text: string | null) => (text ?? '').replace(/\s+/g, ' ').trim();

/** The article text and metadata of a parsed HTML page. */
export function articleFromHtml(doc: HtmlDocument): HtmlArticle {
  const root = CONTENT.map((s) => doc.querySelector(s)).find((el): el is HtmlElement => el !== null && squash(el.textContent) !== '');
  const paragraphs: string[] = [];
  if (root) {
    for (const el of root.querySelectorAll(BLOCKS)) {
      // Nested blocks (a <p> in a <li> or <blockquote>) are read once, at the innermost level.
      if (el.querySelector(BLOCKS) || el.closest(SKIP)) continue;
      const line = squash(el.textContent);
      if (line) paragraphs.push(line);
    }
    if (paragraphs.length === 0) {
      const flat = squash(root.textContent);
      if (flat) paragraphs.push(flat);
    }
  }
  const meta = (selector: string) => squash(doc.querySelector(selector)?.getAttribute('content') ?? null) || undefined;
  const title =
    meta('meta[property="og:title"]') || squash(root?.querySelector('h1')?.textContent ?? null) || squash(doc.querySelector('title')?.textContent ?? null);
  const url = squash(doc.querySelector('link[rel="canonical"]')?.getAttribute('href') ?? null) || meta('meta[property="og:url"]');
  const published =
    meta('meta[property="article:published_time"]') ||
    meta('meta[name="date"]') ||
    squash(doc.querySelector('time[datetime]')?.getAttribute('datetime') ?? null);
  const day = /^(\d{4}-\d{2}-\d{2})/.exec(published ?? '')?.[1];
  return {
    text: paragraphs.join('\n\n'),
    title,
    ...(url && /^https?:\/\//.test(url) ? { url } : {}),
    ...(day ? { publishedAt: day } : {}),
  };
}

/** The text of a plain-text file as a draft takes it: line ends as `\n`, no byte-order mark, trimmed. */
export function articleFromPlainText(text: string): string {
  return text
    .replace(/^\uFEFF/, '')
    .replace(/\r\n?/g, '\n')
    .trim();
}
