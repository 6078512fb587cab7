/**
 * The web build as an installable app: the web app manifest (renderer/web/public, copied into
 * dist/web as it is), its icons, and the page's links to them. Relative URLs only, so the folder
 * works from any sub-path; the CSP lets the manifest and icons load; the service worker keeps them.
 * (tests/e2e/web-host.spec.ts checks the same in Chromium on the built folder.)
 */
import { describe, expect, it } from 'vitest';
import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { z } from 'zod';
import { CONTENT_SECURITY_POLICY } from '../../main/security';
import { precacheManifest } from '../../renderer/web/precache-plugin';
import { projectRoot } from '../support/lenses-page';

const webSource = path.join(projectRoot, 'renderer', 'web');
const publicDir = path.join(webSource, 'public');

const iconSchema = z.object({
  src: z.string().min(1),
  sizes: z.string().regex(/^(?:any|\d+x\d+)$/u),
  type: z.enum(['image/png', 'image/svg+xml']),
  purpose: z.enum(['any', 'maskable']),
});
const manifestSchema = z.object({
  name: z.literal('Lenses'),
  short_name: z.string().min(1).max(12),
  description: z.string().min(40),
  start_url: z.string(),
  scope: z.string(),
  display: z.literal('standalone'),
  theme_color: z.string().regex(/^#[0-9a-f]{6}$/iu),
  background_color: z.string().regex(/^#[0-9a-f]{6}$/iu),
  icons: z.array(iconSchema).min(4),
});

async function readManifest() {
  return manifestSchema.parse(JSON.parse(await readFile(path.join(publicDir, 'manifest.webmanifest'), 'utf8')));
}

/** Width and height from a PNG's header (IHDR), or null when the bytes are no PNG. */
function pngSize(bytes: Buffer): { width: number; height: number } | null {
  const signature = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  if (bytes.length < 24 || !bytes.subarray(0, 8).equals(signature) || bytes.toString('latin1', 12, 16) !== 'IHDR') return null;
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

/** A URL is relative when it names no scheme, no host and does not start at the server's root. */
const isRelative = (url: string) => !/^[a-z][a-z\d+.-]*:/iu.test(url) && !url.startsWith('/');

describe('the web app manifest', () => {
  it('has what an install needs, with relative start_url and scope inside the folder', async () => {
    const manifest = await readManifest();
    expect(manifest.display).toBe('standalone');
    expect(isRelative(manifest.start_url)).toBe(true);
    expect(isRelative(manifest.scope)).toBe(true);
    // Served from https://school.example/lenses/, start_url must land inside the scope.
    const base = 'https://school.example/lenses/manifest.webmanifest';
    expect(new URL(manifest.start_url, base).href.startsWith(new URL(manifest.scope, base).href)).toBe(true);
    expect(new URL(manifest.scope, base).href).toBe('https://school.example/lenses/');
  });

  it('lists PNG icons of 192 and 512 pixels, a maskable one and an SVG, each a relative file of the size it states', async () => {
    const manifest = await readManifest();
    for (const icon of manifest.icons) {
      expect(isRelative(icon.src), icon.src).toBe(true);
      const file = path.join(publicDir, icon.src);
      expect(existsSync(file), `${icon.src} exists`).toBe(true);
      const bytes = await readFile(file);
      if (icon.type === 'image/png') {
        const [width, height] = icon.sizes.split('x').map(Number);
        expect(pngSize(bytes), icon.src).toEqual({ width, height });
      } else {
        expect(icon.sizes).toBe('any');
        expect(bytes.toString('utf8')).toMatch(/^<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg" viewBox="0 0 512 512"/u);
      }
    }
    const pngs = manifest.icons.filter((i) => i.type === 'image/png');
    expect(pngs.filter((i) => i.purpose === 'any').map((i) => i.sizes).sort()).toEqual(['192x192', '512x512']);
    expect(pngs.filter((i) => i.purpose === 'maskable').map((i) => i.sizes)).toEqual(['512x512']);
    expect(manifest.icons.some((i) => i.type === 'image/svg+xml')).toBe(true);
  });

  it('is refused by the schema when a field is missing, so the checks above can fail', () => {
    expect(manifestSchema.safeParse({ name: 'Lenses', short_name: 'Lenses', icons: [] }).success).toBe(false);
    expect(isRelative('/index.html')).toBe(false);
    expect(isRelative('https://example.org/')).toBe(false);
    expect(pngSize(Buffer.from('<svg/>'))).toBeNull();
  });
});

describe('the web page’s head', () => {
  it('links the manifest, a favicon and an apple-touch-icon that exist, and has a description and a theme colour', async () => {
    const html = await readFile(path.join(webSource, 'index.html'), 'utf8');
    const manifest = await readManifest();
    const href = (rel: string) => html.match(new RegExp(`<link rel="${rel}" href="([^"]+)"`, 'u'))?.[1];
    for (const rel of ['manifest', 'icon', 'apple-touch-icon']) {
      const url = href(rel);
      expect(url, rel).toBeDefined();
      expect(isRelative(url!), url).toBe(true);
      expect(existsSync(path.join(publicDir, url!)), url).toBe(true);
    }
    expect(pngSize(await readFile(path.join(publicDir, href('apple-touch-icon')!)))).toEqual({ width: 180, height: 180 });
    expect(html.match(/<meta name="description" content="([^"]+)"/u)?.[1]).toMatch(/attribution, framing and differing numbers/u);
    expect(html.match(/<meta name="theme-color" content="([^"]+)"/u)?.[1]).toBe(manifest.theme_color);
  });

  it('is allowed by the CSP: the manifest and icons come from the page’s own origin', () => {
    const directives = new Map(CONTENT_SECURITY_POLICY.split('; ').map((d) => [d.split(' ')[0], d.split(' ').slice(1)]));
    expect(directives.get('manifest-src')).toEqual(["'self'"]);
    expect(directives.get('img-src')).toContain("'self'");
  });
});

describe('the service worker keeps the app’s files', () => {
  it('precaches the manifest, every icon, robots.txt and the page that links them', async () => {
    // The folder as the build leaves it: the public files copied beside index.html (Vite copies them as they are).
    const dir = await mkdtemp(path.join(os.tmpdir(), 'lenses-webapp-'));
    try {
      await cp(publicDir, dir, { recursive: true });
      await writeFile(path.join(dir, 'index.html'), await readFile(path.join(webSource, 'index.html')));
      const { files } = await precacheManifest(dir);
      const manifest = await readManifest();
      expect(files).toEqual(expect.arrayContaining(['index.html', 'manifest.webmanifest', 'robots.txt', 'icons/apple-touch-icon.png', ...manifest.icons.map((i) => i.src)]));
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});
