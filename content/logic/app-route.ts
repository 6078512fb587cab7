/**
 * The app's addresses ("#/compare/gaza-2023-24?articles=a,b") split into decoded parts, or null
 * when the address is malformed (a stray "%", control characters, not starting with "#/"). Shared
 * by the renderer's route parser and the core's resume-state schema, so an address that does not
 * parse is never saved as the place to resume. Pure module: no Node, no DOM.
 */

export interface RouteParts {
  /** The path's parts, percent-decoded ("#/teacher/draft/x" → ["teacher", "draft", "x"]). */
  parts: string[];
  params: URLSearchParams;
}

/** The longest address worth keeping. */
export const MAX_ROUTE_LENGTH = 500;

export function splitRoute(hash: string): RouteParts | null {
  if (!hash.startsWith('#/') || hash.length > MAX_ROUTE_LENGTH) return null;
  // eslint-disable-next-line no-control-regex
  if (/[\u0000-\u001f\u007f]/u.test(hash)) return null;
  const [pathPart = '', query = ''] = hash.slice(2).split('?');
  const parts: string[] = [];
  for (const raw of pathPart.split('/')) {
    if (raw === '') continue;
    let part: string;
    try {
      part = decodeURIComponent(raw);
    } catch {
      return null;
    }
    // eslint-disable-next-line no-control-regex
    if (/[\u0000-\u001f\u007f/]/u.test(part)) return null;
    parts.push(part);
  }
  return { parts, params: new URLSearchParams(query) };
}

/** True when the address can be parsed (and so may be saved and resumed). */
export const isWellFormedRoute = (hash: string): boolean => splitRoute(hash) !== null;
