// Maps a request path to a file inside the renderer folder, or refuses it. The raw path is decoded
// once and then checked segment by segment, so "/../x", "/%2e%2e/x", "/..%2fx" and "/..\\x" are all
// refused; the final path must still lie inside the folder.
import { resolve, sep } from 'node:path';

export type StaticPath = { ok: true; path: string } | { ok: false; status: 400 | 404; reason: string };

export function resolveStaticPath(rootFolder: string, rawPath: string): StaticPath {
  const pathOnly = rawPath.split(/[?#]/, 1)[0] ?? '';
  let decoded: string;
  try {
    decoded = decodeURIComponent(pathOnly);
  } catch {
    return { ok: false, status: 400, reason: 'the path is not valid percent-encoding' };
  }
  if (!decoded.startsWith('/')) return { ok: false, status: 400, reason: 'the path must start with /' };
  // eslint-disable-next-line no-control-regex -- refusing control characters is the point
  if (/[\u0000-\u001f\\]/.test(decoded)) return { ok: false, status: 400, reason: 'the path holds a control character or backslash' };
  const segments = decoded.split('/').slice(1);
  if (segments.some((segment) => segment === '..' || segment === '.')) return { ok: false, status: 400, reason: 'the path may not hold "." or ".." segments' };
  if (segments.some((segment) => segment.startsWith('.') && segment.length > 0)) return { ok: false, status: 404, reason: 'hidden files are not served' };
  const relative = decoded.endsWith('/') ? `${decoded}index.html` : decoded;
  const root = resolve(rootFolder);
  const path = resolve(root, `.${relative}`);
  if (!path.startsWith(root + sep)) return { ok: false, status: 400, reason: 'the path leaves the app folder' };
  return { ok: true, path };
}
