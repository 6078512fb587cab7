import { describe, expect, it } from 'vitest';
import {
  APP_ENTRY_URL,
  APP_SCHEME_PRIVILEGES,
  CONTENT_SECURITY_POLICY,
  appUrlToRelativePath,
  isAppUrl,
  isNavigationAllowed,
  devServerUrlFor,
} from '../../main/security';

describe('the dev server address', () => {
  it('is honoured only when the app is not packaged, and only on this computer', () => {
    expect(devServerUrlFor({ LENSES_DEV_SERVER_URL: 'http://localhost:5183/' }, false)).toBe('http://localhost:5183/');
    expect(devServerUrlFor({ LENSES_DEV_SERVER_URL: 'http://127.0.0.1:5183' }, false)).toBe('http://127.0.0.1:5183/');
    expect(devServerUrlFor({ LENSES_DEV_SERVER_URL: 'http://localhost:5183/' }, true)).toBeUndefined();
    expect(devServerUrlFor({ LENSES_DEV_SERVER_URL: 'https://evil.example/' }, false)).toBeUndefined();
    expect(devServerUrlFor({ LENSES_DEV_SERVER_URL: 'file:///etc/passwd' }, false)).toBeUndefined();
    expect(devServerUrlFor({ LENSES_DEV_SERVER_URL: 'not a url' }, false)).toBeUndefined();
    expect(devServerUrlFor({}, false)).toBeUndefined();
  });
});

describe('the lenses:// scheme', () => {
  it('is standard and secure, keeps compiled code between starts, and never bypasses the CSP', () => {
    expect(APP_SCHEME_PRIVILEGES).toMatchObject({ standard: true, secure: true, codeCache: true, corsEnabled: false });
    expect(APP_SCHEME_PRIVILEGES).not.toHaveProperty('bypassCSP');
    expect(APP_SCHEME_PRIVILEGES).not.toHaveProperty('allowServiceWorkers');
  });
});

describe('Content-Security-Policy', () => {
  const directives = Object.fromEntries(
    CONTENT_SECURITY_POLICY.split(';').map((d) => {
      const [name, ...values] = d.trim().split(/\s+/);
      return [name, values];
    }),
  );

  it('allows nothing by default and scripts only from our own files', () => {
    expect(directives['default-src']).toEqual(["'none'"]);
    expect(directives['script-src']).toEqual(["'self'"]);
    expect(directives['object-src']).toEqual(["'none'"]);
    expect(directives['base-uri']).toEqual(["'none'"]);
    expect(directives['frame-ancestors']).toEqual(["'none'"]);
  });

  it('has no inline, eval or remote sources anywhere', () => {
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/unsafe-inline|unsafe-eval|wasm-unsafe|https?:|\*/);
  });
});

describe('app URLs', () => {
  it('maps app URLs to files inside the renderer folder only', () => {
    expect(appUrlToRelativePath(APP_ENTRY_URL)).toBe('index.html');
    expect(appUrlToRelativePath('lenses://app/')).toBe('index.html');
    expect(appUrlToRelativePath('lenses://app/assets/index-1.js')).toBe('assets/index-1.js');
    expect(appUrlToRelativePath('lenses://app/../../etc/passwd')).toBe('etc/passwd'); // URL parsing drops the ..
    expect(appUrlToRelativePath('lenses://app/assets/%2e%2e/%2e%2e/secret')).toBe('secret'); // still inside
    expect(appUrlToRelativePath('lenses://app/a%5Cb')).toBeNull();
    expect(appUrlToRelativePath('lenses://app/a%00b')).toBeNull();
    expect(appUrlToRelativePath('lenses://other/index.html')).toBeNull();
    expect(appUrlToRelativePath('file:///etc/passwd')).toBeNull();
  });

  it('trusts only our own origin as an IPC sender', () => {
    expect(isAppUrl('lenses://app/index.html#/library')).toBe(true);
    expect(isAppUrl('https://evil.example/')).toBe(false);
    expect(isAppUrl('file:///tmp/x.html')).toBe(false);
    expect(isAppUrl('lenses://evil/index.html')).toBe(false);
    expect(isAppUrl('http://127.0.0.1:5183/', 'http://127.0.0.1:5183')).toBe(true);
    expect(isAppUrl('not a url')).toBe(false);
  });

  it('never navigates away from the loaded page', () => {
    expect(isNavigationAllowed('lenses://app/index.html#/library', 'lenses://app/index.html#/compare')).toBe(true);
    expect(isNavigationAllowed('lenses://app/index.html', 'https://example.com/')).toBe(false);
    expect(isNavigationAllowed('lenses://app/index.html', 'lenses://app/other.html')).toBe(false);
    expect(isNavigationAllowed('lenses://app/index.html', 'javascript:alert(1)')).toBe(false);
  });
});
