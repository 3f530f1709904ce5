// Turns a Markdown table cell into plain prose plus the links it carried.
import type { Link } from '../core/types.js';

const LINK = /\[([^\]]+)\]\(([^)\s]+)\)/g;

export function markdownToPlain(cell: string): { text: string; links: Link[] } {
  const links: Link[] = [];
  const text = cell
    .replace(/\*\*/g, '')
    .replace(LINK, (_whole, label: string, url: string) => {
      links.push({ text: label.trim(), url });
      return label.trim();
    })
    .replace(/`/g, '')
    // A Markdown escape (AddSource_Type\_) is not part of the text.
    .replace(/\\([\\`*_{}[\]()#+\-.!|])/g, '$1')
    .replace(/\s*<br\s*\/?>\s*/gi, '\n')
    .replace(/[ \t]+/g, ' ')
    .trim();
  return { text, links };
}
