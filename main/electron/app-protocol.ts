/**
 * Serving the renderer over a custom `lenses://app/` scheme rather than `file:`.
 * Why: a file: page has the opaque origin "null", can fetch any file: URL on the disk that the
 * renderer is tricked into naming, and gets no response headers, so the CSP can only come from a
 * meta tag. A privileged standard scheme gives the page a real origin ('self' in the CSP means our
 * own files only), lets us send the CSP as a response header, and serves only files inside the
 * renderer folder (path traversal is refused in appUrlToRelativePath).
 */
import { net, protocol } from 'electron';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { APP_SCHEME, APP_SCHEME_PRIVILEGES, CONTENT_SECURITY_POLICY, appUrlToRelativePath } from '../security';
import { mimeTypeOf } from '../response-headers.mjs';

export function registerAppSchemeAsPrivileged(): void {
  protocol.registerSchemesAsPrivileged([
    { scheme: APP_SCHEME, privileges: { ...APP_SCHEME_PRIVILEGES } },
  ]);
}

export function serveRenderer(rendererDir: string): void {
  protocol.handle(APP_SCHEME, async (request) => {
    const relative = appUrlToRelativePath(request.url);
    if (!relative) return new Response('Not found', { status: 404 });
    const file = path.join(rendererDir, relative);
    if (!file.startsWith(rendererDir + path.sep)) return new Response('Not found', { status: 404 });
    const response = await net.fetch(pathToFileURL(file).toString());
    if (!response.ok) return new Response('Not found', { status: 404 });
    return new Response(response.body, {
      status: 200,
      headers: {
        'Content-Type': mimeTypeOf(relative),
        'Content-Security-Policy': CONTENT_SECURITY_POLICY,
        'X-Content-Type-Options': 'nosniff',
      },
    });
  });
}
