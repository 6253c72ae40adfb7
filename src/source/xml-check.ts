/**
 * XML well-formedness. linkedom's XML parser repairs anything, so a truncated or mis-nested feed would
 * silently lose items; this check names the first fault and where it is instead.
 */

function position(xml: string, at: number): string {
  let line = 1;
  let lineStart = 0;
  for (let i = xml.indexOf('\n'); i !== -1 && i < at; i = xml.indexOf('\n', i + 1)) {
    line++;
    lineStart = i + 1;
  }
  return `line ${line}, column ${at - lineStart + 1}`;
}

/** The first well-formedness error as "malformed XML at line L, column C: ...", or null. */
export function xmlWellFormedError(xml: string): string | null {
  const stack: string[] = [];
  const n = xml.length;
  let rootSeen = false;
  let i = 0;
  const fail = (at: number, msg: string): string => `malformed XML at ${position(xml, at)}: ${msg}`;
  const skipTo = (from: number, end: string, what: string): number | string => {
    const e = xml.indexOf(end, from);
    return e < 0 ? fail(from, `unterminated ${what}`) : e + end.length;
  };
  while (i < n) {
    const lt = xml.indexOf('<', i);
    if (lt < 0) break;
    let next: number | string;
    if (xml.startsWith('<!--', lt)) next = skipTo(lt, '-->', 'comment');
    else if (xml.startsWith('<![CDATA[', lt)) next = skipTo(lt, ']]>', 'CDATA section');
    else if (xml.startsWith('<?', lt)) next = skipTo(lt, '?>', 'processing instruction');
    else if (xml.startsWith('<!', lt)) {
      // <!DOCTYPE ...> may carry an internal subset in brackets.
      let j = lt + 2;
      let depth = 0;
      for (; j < n; j++) {
        const c = xml[j];
        if (c === '[') depth++;
        else if (c === ']') depth--;
        else if (c === '>' && depth <= 0) break;
      }
      next = j >= n ? fail(lt, 'unterminated declaration') : j + 1;
    } else if (!/[A-Za-z_:/\u00C0-\uFFFF]/.test(xml[lt + 1] ?? '')) {
      return fail(lt, "'<' that does not start a tag (write &lt; in text)");
    } else {
      let j = lt + 1;
      let quote: string | null = null;
      for (; j < n; j++) {
        const c = xml[j];
        if (quote !== null) {
          if (c === quote) quote = null;
        } else if (c === '"' || c === "'") quote = c;
        else if (c === '>') break;
        else if (c === '<') return fail(lt, 'unterminated tag');
      }
      if (j >= n) return fail(lt, 'unterminated tag');
      const body = xml.slice(lt + 1, j);
      if (body.startsWith('/')) {
        const name = body.slice(1).trim();
        const open = stack.pop();
        if (open === undefined) return fail(lt, `closing tag </${name}> with no open element`);
        if (open !== name) return fail(lt, `expected </${open}> but found </${name}>`);
      } else {
        const m = /^[^\s/>]+/.exec(body);
        if (!m) return fail(lt, 'empty tag');
        if (stack.length === 0 && rootSeen) return fail(lt, 'content after the root element');
        rootSeen = true;
        if (!body.endsWith('/')) stack.push(m[0]);
      }
      next = j + 1;
    }
    if (typeof next === 'string') return next;
    i = next;
  }
  const open = stack[stack.length - 1];
  if (open !== undefined) return `malformed XML: unexpected end of file, <${open}> is not closed`;
  if (!rootSeen) return 'malformed XML: no elements found';
  return null;
}
