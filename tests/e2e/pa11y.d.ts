// The part of pa11y's API the accessibility spec uses (pa11y ships no type declarations).
declare module 'pa11y' {
  import type { Browser, Page } from 'puppeteer';

  export interface Pa11yIssue {
    code: string;
    type: 'error' | 'warning' | 'notice';
    message: string;
    selector: string;
  }

  export interface Pa11yOptions {
    standard?: 'WCAG2A' | 'WCAG2AA' | 'WCAG2AAA';
    runners?: string[];
    browser?: Browser;
    /** A page of `browser` to test as it stands (with `ignoreUrl`) instead of opening the URL in a new one. */
    page?: Page;
    ignoreUrl?: boolean;
    actions?: string[];
    wait?: number;
    timeout?: number;
    includeWarnings?: boolean;
    ignore?: string[];
  }

  export default function pa11y(url: string, options?: Pa11yOptions): Promise<{ documentTitle: string; pageUrl: string; issues: Pa11yIssue[] }>;
}
