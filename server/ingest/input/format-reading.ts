/** What one format's reader gets out of a file, before the shared normalisation and checks. */
export interface FormatReading {
  /** The text as read, not yet normalised. */
  text: string;
  title: string | null;
  publisher: string | null;
  url: string | null;
  /** A publication date the document's metadata states (HTML meta tags, `<time>`), as a partial date. */
  publishedAt: string | null;
  /** The file's own date (PDF CreationDate, DOCX dcterms:created): used only when nothing better says. */
  fileDate: string | null;
}

/** Trimmed, whitespace-collapsed, or null when empty. */
export function cleanField(value: string | null | undefined): string | null {
  const text = value?.replace(/\s+/g, ' ').trim();
  return text ? text : null;
}
