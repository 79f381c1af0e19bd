import { describe, expect, it } from 'vitest';
import { isAllowedExternalUrl } from './externalLinks';

describe('the external link allow-list', () => {
  it.each(['https://drdo.gov.in/dttc', 'https://www.drdo.gov.in/technology?id=1#x', 'mailto:dttc@drdo.in', 'mailto:dttc@drdo.in?subject=ToT'])('lets %s out', (url) => {
    expect(isAllowedExternalUrl(url)).toBe(true);
  });

  it.each([
    'javascript:alert(1)',
    ' javascript:alert(1)',
    'JAVASCRIPT:alert(1)',
    'http://drdo.gov.in/',
    'file:///etc/passwd',
    'data:text/html,<script>alert(1)</script>',
    'app://desk/index.html',
    'ftp://example.org/',
    'https://drdo.gov.in@evil.example/',
    'https://user:pass@example.org/',
    'mailto:',
    'not a url',
    '',
  ])('keeps %s in', (url) => {
    expect(isAllowedExternalUrl(url)).toBe(false);
  });
});
