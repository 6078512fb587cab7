/**
 * Markdown's inline markup left out of one line, in time linear in the line's length (the same
 * result as the patterns it replaces, which took time growing with the square of the length): images
 * dropped, links kept as their text, `**strong**`, `__strong__`, `*emphasis*`, `_emphasis_` and
 * `` `code` `` kept as their words. Each kind is one left-to-right pass; where a pattern needs a
 * closing mark, the next one is looked up in a table built from the right, so a line full of
 * unclosed marks costs no more than any other line. Pure.
 */

const isSpace = (c: string | undefined) => c !== undefined && /\s/u.test(c);
const isWordChar = (c: string | undefined) => c !== undefined && /[\p{L}\p{N}]/u.test(c);

/** For each index, the first index at or after it where `ok` holds (or -1). */
function nextWhere(length: number, ok: (i: number) => boolean): Int32Array {
  const next = new Int32Array(length + 1).fill(-1);
  for (let i = length - 1; i >= 0; i -= 1) next[i] = ok(i) ? i : (next[i + 1] as number);
  return next;
}

/** `![alt](target)` → nothing (`images`), or `[text](target)` → text. */
function links(line: string, images: boolean): string {
  const closeBracket = nextWhere(line.length, (i) => line[i] === ']');
  const closeParen = nextWhere(line.length, (i) => line[i] === ')');
  let out = '';
  let from = 0;
  for (let i = 0; i < line.length; i += 1) {
    if (images ? !(line[i] === '!' && line[i + 1] === '[') : line[i] !== '[') continue;
    const open = images ? i + 1 : i;
    const close = closeBracket[open + 1] as number;
    if (close === -1 || (!images && close === open + 1) || line[close + 1] !== '(') continue;
    const end = closeParen[close + 2] ?? -1;
    if (end === -1) continue;
    out += line.slice(from, i) + (images ? '' : line.slice(open + 1, close));
    from = end + 1;
    i = end;
  }
  return out + line.slice(from);
}

/** `**x**` or `__x__` → x: the marks hug the words (no space just inside them). */
function strong(line: string): string {
  const closers = new Map<string, Int32Array>();
  for (const mark of ['**', '__']) closers.set(mark, nextWhere(line.length, (i) => line.startsWith(mark, i) && !isSpace(line[i - 1])));
  let out = '';
  let from = 0;
  for (let i = 0; i + 1 < line.length; i += 1) {
    const mark = line.slice(i, i + 2);
    const closer = closers.get(mark);
    if (!closer || line[i + 2] === undefined || isSpace(line[i + 2])) continue;
    const close = closer[i + 3] ?? -1;
    if (close === -1) continue;
    out += line.slice(from, i) + line.slice(i + 2, close);
    from = close + 2;
    i = close + 1;
  }
  return out + line.slice(from);
}

/** `*x*` or `_x_` → x, where the marks stand outside a word (snake_case stays as it is). */
function emphasis(line: string): string {
  const closers = new Map<string, Int32Array>();
  for (const mark of ['*', '_']) closers.set(mark, nextWhere(line.length, (i) => line[i] === mark && !isSpace(line[i - 1]) && !isWordChar(line[i + 1])));
  let out = '';
  let from = 0;
  for (let i = 0; i < line.length; i += 1) {
    const mark = line[i] as string;
    if (mark !== '*' && mark !== '_') continue;
    // The character before the mark must not belong to the previous match, and must not be a letter, digit or mark.
    if (i > 0 && (i - 1 < from || isWordChar(line[i - 1]) || line[i - 1] === '*' || line[i - 1] === '_')) continue;
    if (line[i + 1] === undefined || isSpace(line[i + 1])) continue;
    const close = (closers.get(mark) as Int32Array)[i + 2] ?? -1;
    if (close === -1) continue;
    out += line.slice(from, i) + line.slice(i + 1, close);
    from = close + 1;
    i = close;
  }
  return out + line.slice(from);
}

/** `` `x` `` → x. */
function code(line: string): string {
  let out = '';
  let from = 0;
  for (let i = line.indexOf('`'); i !== -1; ) {
    const close = line.indexOf('`', i + 1);
    if (close === -1) break;
    if (close === i + 1) {
      i = close;
      continue;
    }
    out += line.slice(from, i) + line.slice(i + 1, close);
    from = close + 1;
    i = line.indexOf('`', from);
  }
  return out + line.slice(from);
}

export function stripInlineMarkdown(line: string): string {
  return code(emphasis(strong(links(links(line, true), false))));
}
