/**
 * Canonical JSON: the same value always gives the same text, whatever order its keys were written
 * in. Object keys are sorted by UTF-16 code units (as in RFC 8785), arrays keep their order, there
 * is no white space, and strings and numbers are written as JSON.stringify writes them. Properties
 * whose value is undefined are left out, as JSON.stringify does. Pure.
 */
export function canonicalJson(value: unknown): string {
  if (value === null || typeof value === 'boolean' || typeof value === 'string') return JSON.stringify(value);
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) throw new Error(`Canonical JSON cannot hold the number ${value}.`);
    return JSON.stringify(value);
  }
  if (Array.isArray(value)) return `[${value.map((v) => (v === undefined ? 'null' : canonicalJson(v))).join(',')}]`;
  if (typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
  }
  throw new Error(`Canonical JSON cannot hold a value of type ${typeof value}.`);
}
