// The renderer's type scale (base.css): every font-size in every renderer stylesheet is one of its
// steps. A root rule may still set the document's size as a percentage (the kiosk's 125 %), which
// every rem step follows.
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

const RENDERER = join(import.meta.dirname, '..', 'renderer');
const STEP_NAME = /^--text-(?:print-)?(?:xs|sm|base|md|lg|xl|2xl)$/;

function cssFiles(folder: string): string[] {
  return readdirSync(folder, { withFileTypes: true }).flatMap((item) => {
    const path = join(folder, item.name);
    if (item.isDirectory()) return cssFiles(path);
    return item.name.endsWith('.css') ? [path] : [];
  });
}

/** The steps base.css defines, by name, with their values. */
function definedSteps(css: string): Map<string, string> {
  return new Map([...css.matchAll(/(--text-[a-z0-9-]+):\s*([^;]+);/g)].filter(([, name]) => STEP_NAME.test(name ?? '')).map(([, name, value]) => [name ?? '', (value ?? '').trim()]));
}

/** Each font-size in `css` that is not a defined step, as "selector: value". */
function offScale(css: string, steps: ReadonlyMap<string, string>): string[] {
  const problems: string[] = [];
  const withoutComments = css.replace(/\/\*[\s\S]*?\*\//g, '');
  for (const rule of withoutComments.matchAll(/([^{}]+)\{([^{}]*)\}/g)) {
    const selector = (rule[1] ?? '').trim();
    for (const declaration of (rule[2] ?? '').matchAll(/(?:^|;)\s*font-size:\s*([^;]+)/g)) {
      const value = (declaration[1] ?? '').trim();
      const step = /^var\((--text-[a-z0-9-]+)\)$/.exec(value)?.[1];
      if (step && steps.has(step)) continue;
      if (value === 'inherit' || value === '100%') continue;
      if (selector.startsWith(':root') && /^\d+%$/.test(value)) continue;
      problems.push(`${selector}: ${value}`);
    }
  }
  return problems;
}

const steps = definedSteps(readFileSync(join(RENDERER, 'styles', 'base.css'), 'utf8'));

describe('the type scale', () => {
  it('has five to seven screen steps in rem, growing, and print steps in points', () => {
    const screen = [...steps].filter(([name]) => !name.includes('print'));
    expect(screen.length).toBeGreaterThanOrEqual(5);
    expect(screen.length).toBeLessThanOrEqual(7);
    const sizes = screen.map(([name, value]) => {
      expect(value, name).toMatch(/^\d+(\.\d+)?rem$/);
      return parseFloat(value);
    });
    expect(sizes).toEqual([...sizes].sort((a, b) => a - b));
    for (const [name, value] of steps) if (name.includes('print')) expect(value, name).toMatch(/^\d+(\.\d+)?pt$/);
  });

  it('finds a size off the scale, so the check below can fail', () => {
    expect(offScale('.a { color: red; font-size: 12px; } :root { font-size: 125%; } .b { font-size: var(--text-muted); }', steps)).toEqual(['.a: 12px', '.b: var(--text-muted)']);
  });

  it('is the only source of font sizes in the renderer’s stylesheets', () => {
    const files = cssFiles(RENDERER);
    expect(files.length).toBeGreaterThan(3);
    const problems = files.flatMap((file) => offScale(readFileSync(file, 'utf8'), steps).map((problem) => `${relative(RENDERER, file)}: ${problem}`));
    expect(problems).toEqual([]);
  });
});
