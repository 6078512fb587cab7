// Types for main/response-headers.mjs (plain JavaScript so that `node scripts/serve-web.mjs` runs it without a build step).
export declare function mimeTypeOf(file: string): string;
export declare const CONTENT_SECURITY_POLICY: string;
