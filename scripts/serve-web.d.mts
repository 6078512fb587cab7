// Types for scripts/serve-web.mjs (plain JavaScript so that `node` runs it without a build step).
export declare const MIME_TYPES: Readonly<Record<string, string>>;
export declare function mimeTypeOf(file: string): string;
export declare function requestToRelativePath(rawUrl: string): string | null;
export declare function shouldGzip(contentType: string, acceptEncoding: string | string[] | undefined): boolean;
export declare function isInside(root: string, file: string): boolean;
export declare function portFromEnv(value: string | undefined): number;
export declare function serveWeb(options: { root: string; port?: number; host?: string }): Promise<{ url: string; port: number; close(): Promise<void> }>;
