import { describe, expect, it } from 'vitest';
import { catalogueDataPathOf, resolveAppRequest } from './appRequest';

const root = '/opt/dttc/dist/renderer';

describe('the app:// protocol', () => {
  it('serves files inside the built renderer', () => {
    expect(resolveAppRequest('app://desk/index.html', root)).toEqual({ ok: true, path: `${root}/index.html` });
    expect(resolveAppRequest('app://desk/', root)).toEqual({ ok: true, path: `${root}/index.html` });
    expect(resolveAppRequest('app://desk/assets/index-x1.js?v=1', root)).toEqual({ ok: true, path: `${root}/assets/index-x1.js` });
  });
  it.each(['app://desk/..%2f..%2fetc/passwd', 'app://desk/assets/..%5c..%5csecret', 'app://desk/%00'])('refuses the traversal %s', (url) => {
    expect(resolveAppRequest(url, root).ok).toBe(false);
  });
  it.each(['app://desk/../../etc/passwd', 'app://desk/%2e%2e/%2e%2e/etc/passwd'])('keeps %s inside the folder (the URL parser folds the dots)', (url) => {
    expect(resolveAppRequest(url, root)).toEqual({ ok: true, path: `${root}/etc/passwd` });
  });
  it('serves only its own host', () => {
    expect(resolveAppRequest('app://elsewhere/index.html', root)).toMatchObject({ ok: false, status: 404 });
  });
  it('names the catalogue data paths on its own host only', () => {
    expect(catalogueDataPathOf('app://desk/data/catalogue.json')).toBe('/data/catalogue.json');
    expect(catalogueDataPathOf('app://desk/data/search-index.bin?x=1')).toBe('/data/search-index.bin');
    expect(catalogueDataPathOf('app://elsewhere/data/catalogue.json')).toBeUndefined();
    expect(catalogueDataPathOf('app://desk/data/other.json')).toBeUndefined();
    expect(catalogueDataPathOf('not a url')).toBeUndefined();
  });
});
