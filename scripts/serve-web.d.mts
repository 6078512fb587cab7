// Types for scripts/serve-web.mjs (plain JavaScript so that `node` runs it without a build step).
export declare function requestToRelativePath(rawUrl: string): string | null;
export declare function shouldGzip(contentType: string, acceptEncoding: string | string[] | undefined): boolean;
export declare function isInside(root: string, file: string): boolean;
export declare function portFromEnv(value: string | undefined): number;
export interface WebServer {
  /** http://127.0.0.1:port/ */
  url: string;
  /** http://127.0.0.1:port */
  origin: string;
  port: number;
  close(): Promise<void>;
}
export declare function serveWeb(options: { root: string; port?: number; host?: string }): Promise<WebServer>;
