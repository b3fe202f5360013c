/**
 * The site's link check: every local `href` and `src` of every HTML page under `docs/site` (rulebook, charts,
 * calculator, API reference) must name a file that exists, and a `#fragment` must name an `id` (or `name`) on
 * that page. External links (`http:`, `https:`, `mailto:`) are not followed. Run as a script it prints the
 * broken links and exits 1 when there are any.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export interface BrokenLink {
  readonly page: string;
  readonly link: string;
  readonly reason: string;
}

function htmlFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((entry) => {
    const path = join(dir, entry);
    if (statSync(path).isDirectory()) return htmlFiles(path);
    return entry.endsWith('.html') ? [path] : [];
  });
}

const idCache = new Map<string, Set<string>>();

function idsOf(file: string): Set<string> {
  let ids = idCache.get(file);
  if (ids === undefined) {
    const html = readFileSync(file, 'utf8');
    ids = new Set([...html.matchAll(/\s(?:id|name)="([^"]*)"/gu)].flatMap((m) => m[1] ?? []));
    idCache.set(file, ids);
  }
  return ids;
}

const decodeEntities = (s: string): string =>
  s
    .replace(/&amp;/gu, '&')
    .replace(/&quot;/gu, '"')
    .replace(/&lt;/gu, '<')
    .replace(/&gt;/gu, '>');

function checkLink(siteDir: string, file: string, link: string): string | undefined {
  if (/^(?:[a-z][a-z0-9+.-]*:|\/\/)/iu.test(link)) return undefined;
  const [pathPart = '', fragment] = decodeEntities(link).split('#', 2);
  const path = decodeURIComponent(pathPart.split('?')[0] ?? '');
  const target = path === '' ? file : resolve(dirname(file), path);
  if (!target.startsWith(siteDir)) return 'points outside the site';
  if (!existsSync(target)) return 'no such file';
  const page = statSync(target).isDirectory() ? join(target, 'index.html') : target;
  if (fragment === undefined || fragment === '' || !page.endsWith('.html')) return undefined;
  if (!existsSync(page)) return 'no index.html in the folder';
  return idsOf(page).has(decodeURIComponent(fragment)) ? undefined : `no id "${fragment}" on the page`;
}

/** Every broken local link of the site. */
export function checkSiteLinks(siteDir: string): { pages: number; links: number; broken: BrokenLink[] } {
  const root = resolve(siteDir);
  idCache.clear();
  const broken: BrokenLink[] = [];
  let links = 0;
  const files = htmlFiles(root);
  for (const file of files) {
    const html = readFileSync(file, 'utf8');
    for (const m of html.matchAll(/\s(?:href|src)="([^"]*)"/gu)) {
      const link = m[1] ?? '';
      links += 1;
      const reason = checkLink(root, file, link);
      if (reason !== undefined) broken.push({ page: relative(root, file), link, reason });
    }
  }
  return { pages: files.length, links, broken };
}

if (process.argv[1] !== undefined && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const dir = process.argv[2] ?? join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'docs', 'site');
  const { pages, links, broken } = checkSiteLinks(dir);
  for (const b of broken) console.error(`${b.page}: ${b.link} (${b.reason})`);
  console.log(`${pages} pages, ${links} local and external links, ${broken.length} broken`);
  if (broken.length > 0) process.exitCode = 1;
}
