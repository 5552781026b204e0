import { translate } from '../i18n/strings.ts';
import type { Brief, BriefEvidence } from './brief.ts';
import type { Lang } from './graph-types.ts';

/** What the brief cites of a source: its title and, when it has one, its address. */
export interface SourceRef {
  title: string;
  url: string | null;
}

/** Markdown's own characters in names and quotes, escaped so a name never turns into markup. */
function md(text: string): string {
  return text.replace(/[\\`*_[\]<>#|]/g, (c) => `\\${c}`);
}

function cite(sourceId: string, sources: ReadonlyMap<string, SourceRef>, lang: Lang): string {
  const source = sources.get(sourceId);
  const title = md(source?.title ?? sourceId);
  return `${translate(lang, 'source')}: ${source?.url ? `[${title}](${source.url})` : title}`;
}

/** One evidence line: the quote (or the reference cited), why it is inferred, and where it comes from. */
export function evidenceLine(
  item: BriefEvidence,
  sources: ReadonlyMap<string, SourceRef>,
  lang: Lang,
): string {
  const parts = [
    item.quote ? `«${md(item.quote)}»` : null,
    item.inferred && item.basis ? `${translate(lang, 'inferredShort')}: ${md(item.basis.text)}` : null,
    cite(item.sourceId, sources, lang),
  ];
  return parts.filter(Boolean).join(' — ');
}

/**
 * The brief as Markdown, for a report or an e-mail: the same sections, lines, posts (former ones marked)
 * and evidence as the printed page, with each source's title and address.
 */
export function briefMarkdown(brief: Brief, sources: ReadonlyMap<string, SourceRef>, lang: Lang): string {
  const out = [`# ${translate(lang, 'briefTitle')}: ${md(brief.directive.name)}`, ''];
  if (brief.sections.length === 0) out.push(translate(lang, 'briefEmpty'), '');
  for (const section of brief.sections) {
    out.push(`## ${translate(lang, `brief.${section.role}`)}`, '');
    for (const line of section.lines) {
      out.push(`- **${md(line.name)}**`);
      for (const r of line.related) {
        const time = r.tenure ? ` (${r.tenure})` : '';
        out.push(`  - ${translate(lang, `related.${r.kind}`)}: ${md(r.name)}${time}`);
      }
      for (const item of line.evidence) out.push(`  - ${evidenceLine(item, sources, lang)}`);
    }
    out.push('');
  }
  return out.join('\n');
}
