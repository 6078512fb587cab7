/**
 * Why a text that should be JSON is not, in words (not the JS engine's "Unexpected token … at
 * position …"): it ends too early (cut off while saving or copying), or it is damaged before its
 * end. Pure module: no Node, no DOM.
 */

type Expect = 'value' | 'value-or-close' | 'key' | 'key-or-close' | 'colon' | 'comma-or-close' | 'end';

const NUMBER = /^-?(0|[1-9]\d*)(\.\d+)?([eE][+-]?\d+)?$/u;
const NUMBER_START = /^-?(0|[1-9]\d*)?(\.\d*)?([eE][+-]?\d*)?$/u;
const LITERALS = ['true', 'false', 'null'];
const isSpace = (c: string) => c === ' ' || c === '\t' || c === '\n' || c === '\r';
const isTokenChar = (c: string) => /[A-Za-z0-9+\-.]/u.test(c);

/** Where the string starting at `start` (a quote) ends (just past its closing quote); -1 when the text ends inside it, -2 when it is malformed. */
function stringEnd(text: string, start: number): number {
  for (let i = start + 1; i < text.length; i += 1) {
    const c = text.charCodeAt(i);
    if (c === 0x22) return i + 1;
    if (c < 0x20) return -2;
    if (c === 0x5c) {
      const next = text[i + 1];
      if (next === undefined) return -1;
      if (next === 'u') {
        const hex = text.slice(i + 2, i + 6);
        if (!/^[0-9a-fA-F]*$/u.test(hex)) return -2;
        if (hex.length < 4) return -1;
        i += 5;
      } else if ('"\\/bfnrt'.includes(next)) i += 1;
      else return -2;
    }
  }
  return -1;
}

/**
 * True when the text is the beginning of some valid JSON that stops too soon (a file cut off while
 * it was saved or copied); false when something is wrong before its end (damage in the middle,
 * or not JSON at all). Iterative, so deep nesting cannot exhaust the stack.
 */
export function endsEarly(text: string): boolean {
  const stack: Array<'{' | '['> = [];
  let expect: Expect = 'value';
  const after = (): Expect => (stack.length > 0 ? 'comma-or-close' : 'end');
  let i = 0;
  while (i < text.length) {
    const c = text[i]!;
    if (isSpace(c)) {
      i += 1;
      continue;
    }
    switch (expect) {
      case 'value':
      case 'value-or-close': {
        if (c === ']' && expect === 'value-or-close') {
          stack.pop();
          expect = after();
          i += 1;
        } else if (c === '{' || c === '[') {
          stack.push(c);
          expect = c === '{' ? 'key-or-close' : 'value-or-close';
          i += 1;
        } else if (c === '"') {
          const end = stringEnd(text, i);
          if (end < 0) return end === -1;
          i = end;
          expect = after();
        } else if (isTokenChar(c)) {
          let j = i;
          while (j < text.length && isTokenChar(text[j]!)) j += 1;
          const token = text.slice(i, j);
          if (j === text.length) return NUMBER_START.test(token) || LITERALS.some((l) => l.startsWith(token) && l !== token) || ((NUMBER.test(token) || LITERALS.includes(token)) && stack.length > 0);
          if (!NUMBER.test(token) && !LITERALS.includes(token)) return false;
          i = j;
          expect = after();
        } else return false;
        break;
      }
      case 'key':
      case 'key-or-close':
        if (c === '}' && expect === 'key-or-close') {
          stack.pop();
          expect = after();
          i += 1;
        } else if (c === '"') {
          const end = stringEnd(text, i);
          if (end < 0) return end === -1;
          i = end;
          expect = 'colon';
        } else return false;
        break;
      case 'colon':
        if (c !== ':') return false;
        expect = 'value';
        i += 1;
        break;
      case 'comma-or-close': {
        const top = stack[stack.length - 1];
        if (c === ',') expect = top === '{' ? 'key' : 'value';
        else if (c === (top === '{' ? '}' : ']')) {
          stack.pop();
          expect = after();
        } else return false;
        i += 1;
        break;
      }
      case 'end':
        return false;
    }
  }
  return expect !== 'end';
}

/** Why `name` (already quoted or described) could not be read as JSON, for a person. */
export function describeBadJson(name: string, text: string): string {
  if (text.trim() === '') return `${name} is empty: it was not saved or copied completely`;
  return endsEarly(text) ? `${name} ends too early: it was not saved or copied completely` : `${name} is damaged: part of its text was changed or lost`;
}
