import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import { blockTexts } from './block-texts.ts';
import { cleanField, type FormatReading } from './format-reading.ts';
import { toPartialDate } from './partial-date.ts';

/** Page chrome dropped when the readability library finds no article and the whole body is read instead. */
const CHROME =
  'nav, header, footer, aside, form, script, style, noscript, [role="navigation"], [role="banner"]';

/**
 * An HTML page's article: Mozilla's Readability (the reader view of Firefox) picks the body and drops
 * navigation, sidebars and footers; linkedom is its DOM (4× faster than jsdom here, and jsdom ≥ 27 needs
 * Node 22). The headline is kept as the first line when Readability dropped it from the body, because it is
 * part of what the reader sees and may state facts. Metadata comes from the page's own tags.
 */
export function readHtml(html: string): FormatReading {
  const { document } = parseHTML(html);
  const meta = pageMetadata(document);
  const headline = cleanField(document.querySelector('article h1, main h1, h1')?.textContent);
  // Readability changes the tree it reads, so the metadata above is taken first.
  const article = new Readability(document as unknown as Document).parse();
  let paragraphs: string[];
  if (article?.content) {
    paragraphs = blockTexts(parseHTML(`<html><body>${article.content}</body></html>`).document.body);
  } else {
    const { document: page } = parseHTML(html);
    for (const element of Array.from(page.querySelectorAll(CHROME))) element.remove();
    paragraphs = blockTexts(page.body ?? page.documentElement);
  }
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
