import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import { blockTexts } from './block-texts.ts';
import { cleanField, type FormatReading } from './format-reading.ts';
import { toPartialDate } from './partial-date.ts';

/**
 * Page chrome removed before the article is looked for: Readability scores it low anyway, but on a page
 * with little else it would take a menu for the article. A header inside the article stays.
 */
const CHROME =
  'nav, aside, form, footer, script, style, noscript, [role="navigation"], [role="banner"], ' +
  '[role="contentinfo"], [role="complementary"], body > header, header:not(article header):not(main header)';

/**
 * An HTML page's article: Mozilla's Readability (the reader view of Firefox) picks the body and drops
 * navigation, sidebars and footers; linkedom is its DOM (4× faster than jsdom here, and jsdom ≥ 27 needs
 * Node 22). The headline is kept as the first line when Readability dropped it from the body, because it is
 * part of what the reader sees and may state facts. Metadata comes from the page's own tags.
 */
export function readHtml(html: string): FormatReading {
  // A fragment without <html>/<body> (a pasted snippet) gets them, so the readers always have a page.
  const page = /<(html|body)[\s>]/i.test(html) ? html : `<!doctype html><html><body>${html}</body></html>`;
  const { document } = parseHTML(page);
  const meta = pageMetadata(document);
  const headline = cleanField(document.querySelector('article h1, main h1, h1')?.textContent);
  for (const element of Array.from(document.querySelectorAll(CHROME))) element.remove();
  const body = document.body ?? document.documentElement;
  // Readability changes the tree it reads; without an article (a short page) the body left is read.
  const fallback = blockTexts(body);
  const article = new Readability(document as unknown as Document).parse();
  const paragraphs = article?.content
    ? blockTexts(parseHTML(`<html><body>${article.content}</body></html>`).document.body)
    : fallback;
  if (headline && paragraphs[0] !== headline) paragraphs.unshift(headline);
  return {
    text: paragraphs.join('\n'),
    title: cleanField(article?.title) ?? meta.title ?? headline,
    publisher: cleanField(article?.siteName) ?? meta.publisher,
    url: meta.url,
    publishedAt: toPartialDate(article?.publishedTime) ?? meta.publishedAt,
    fileDate: null,
  };
}

function content(document: Document, selector: string): string | null {
  return cleanField(document.querySelector(selector)?.getAttribute('content'));
}

/** The metadata a page states in its head, and the first `<time datetime>` of its article. */
function pageMetadata(document: Document) {
  const published =
    content(document, 'meta[property="article:published_time"]') ??
    content(document, 'meta[itemprop="datePublished"]') ??
    content(document, 'meta[name="pubdate"], meta[name="publishdate"], meta[name="date"]') ??
    content(document, 'meta[name="DC.date.issued"], meta[name="dcterms.issued"]') ??
    cleanField(
      document
        .querySelector('article time[datetime], main time[datetime], time[datetime]')
        ?.getAttribute('datetime'),
    );
  const url =
    cleanField(document.querySelector('link[rel="canonical"]')?.getAttribute('href')) ??
    content(document, 'meta[property="og:url"]');
  return {
    title:
      content(document, 'meta[property="og:title"]') ??
      cleanField(document.querySelector('title')?.textContent),
    publisher:
      content(document, 'meta[property="og:site_name"]') ??
      content(document, 'meta[name="publisher"], meta[name="DC.publisher"]'),
    url: url && /^https?:\/\//i.test(url) ? url : null,
    publishedAt: toPartialDate(published),
  };
}
