/** The text hadath analyses and stores for a document: its title first, as a scraped page reads. */
import type { SourceDoc } from '../source/index.js';

export function articleText(doc: Pick<SourceDoc, 'title' | 'text'>): string {
  const title = doc.title?.trim();
  if (!title || doc.text.trimStart().startsWith(title)) return doc.text;
  return `${title}\n\n${doc.text}`;
}
