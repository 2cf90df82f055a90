export type InputFormat = 'text' | 'json' | 'jsonl' | 'html';

/**
 * Picks the reader from the file extension, or from the first characters when the extension says nothing
 * (`.txt` scraped text may still be JSON or HTML when saved under the wrong name, so the content decides there too).
 */
export function detectFormat(path: string, head: string): InputFormat {
  const extension = /\.([a-z0-9]+)$/i.exec(path)?.[1]?.toLowerCase();
  switch (extension) {
    case 'jsonl':
    case 'ndjson':
      return 'jsonl';
    case 'json':
      return 'json';
    case 'html':
    case 'htm':
    case 'xhtml':
      return 'html';
    default:
      return sniffFormat(head);
  }
}

function sniffFormat(head: string): InputFormat {
  const start = head.replace(/^\uFEFF/, '').trimStart();
  if (/^<(?:!doctype\s+html|html|head|body|article)\b/i.test(start)) return 'html';
  if (start.startsWith('[')) return 'json';
  if (start.startsWith('{')) {
    // Several lines that each open an object: JSON Lines.
    const lines = start.split('\n').filter((line) => line.trim() !== '');
    return lines.length > 1 && lines.every((line) => line.trimStart().startsWith('{')) ? 'jsonl' : 'json';
  }
  return 'text';
}
