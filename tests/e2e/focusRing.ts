// Focus rings as a keyboard user meets them (issue 15, item 6): Tab through a view and report, for
// each element reached, whether it shows a ring that nothing clips. Shared by the keyboard spec
// (the desk's search, enquiry log and Reports views) and the Updates page spec (Updates, What's new).
import type { Page } from '@playwright/test';

export interface Focused {
  /** The element's test id, id, kind chip or tag and text: what the coverage below asks for. */
  key: string;
  focusVisible: boolean;
  /** Why no ring shows, or '' when one does. */
  problem: string;
}

/**
 * Tabs through a view from the top of the page until focus comes round again, and reports each
 * element reached: whether it matches :focus-visible, and whether a ring shows — an outline or a
 * box shadow of non-zero width, on the element or, for a visually hidden file input, on its
 * label — that no ancestor's overflow, paint containment or content-visibility clips.
 */
export async function tabThrough(page: Page, maxSteps = 90): Promise<Focused[]> {
  // A click on the header's top-left padding puts the start of Tab's order at the top.
  await page.mouse.click(3, 3);
  const reached: Focused[] = [];
  const seen = new Set<string>();
  for (let step = 0; step < maxSteps; step += 1) {
    await page.keyboard.press('Tab');
    const focused = await page.evaluate(() => {
      const element = document.activeElement as HTMLElement | null;
      if (!element || element === document.body) return null;
      const key =
        element.dataset.testid ??
        (element.id ? `#${element.id}` : element.dataset.kind ? `chip:${element.dataset.kind}` : `${element.tagName.toLowerCase()}:${(element.textContent ?? '').trim().slice(0, 30)}`);
      const own = element.getBoundingClientRect();
      const holder = own.width <= 1 && own.height <= 1 && element instanceof HTMLInputElement && element.labels?.[0] ? element.labels[0] : element;
      const style = getComputedStyle(holder);
      const transparent = (colour: string) => colour === 'transparent' || /rgba\(.*,\s*0\)$/.test(colour);
      const outlineWidth = style.outlineStyle === 'none' ? 0 : parseFloat(style.outlineWidth);
      const outline = outlineWidth > 0 && !transparent(style.outlineColor);
      const shadow = style.boxShadow !== 'none' && (style.boxShadow.match(/-?\d+(\.\d+)?px/g) ?? []).some((length) => parseFloat(length) !== 0);
      let problem = outline || shadow ? '' : `no ring (outline ${style.outlineStyle} ${style.outlineWidth}, box-shadow ${style.boxShadow})`;
      if (!problem) {
        // How far the ring reaches beyond the border box; an inset ring (negative offset) stays inside it.
        const reach = outline ? Math.max(0, parseFloat(style.outlineOffset) + outlineWidth) : 0;
        const box = holder.getBoundingClientRect();
        for (let parent = holder.parentElement; parent && parent !== document.body && parent !== document.documentElement; parent = parent.parentElement) {
          const parentStyle = getComputedStyle(parent);
          const clips =
            parentStyle.overflowX !== 'visible' || parentStyle.overflowY !== 'visible' || /paint|strict|content/.test(parentStyle.contain) || parentStyle.contentVisibility !== 'visible';
          if (!clips) continue;
          const edge = parent.getBoundingClientRect();
          const [left, top] = [edge.left + parent.clientLeft, edge.top + parent.clientTop];
          const [right, bottom] = [left + parent.clientWidth, top + parent.clientHeight];
          if (box.left - reach < left - 0.5 || box.top - reach < top - 0.5 || box.right + reach > right + 0.5 || box.bottom + reach > bottom + 0.5) {
            problem = `ring clipped by ${parent.tagName.toLowerCase()}.${[...parent.classList].join('.')}`;
            break;
          }
        }
      }
      return { key, focusVisible: element.matches(':focus-visible'), problem };
    });
    if (!focused) continue;
    if (seen.has(focused.key)) break;
    seen.add(focused.key);
    reached.push(focused);
  }
  return reached;
}

/** What is wrong with the rings of one view's walk, and which of the `expected` keys Tab never reached. */
export function ringProblems(view: string, reached: Focused[], expected: string[]): string[] {
  const problems: string[] = [];
  for (const focused of reached) {
    if (!focused.focusVisible) problems.push(`${view}: ${focused.key} does not match :focus-visible after Tab`);
    if (focused.problem) problems.push(`${view}: ${focused.key}: ${focused.problem}`);
  }
  const keys = reached.map((focused) => focused.key);
  for (const key of expected) if (!keys.includes(key)) problems.push(`${view}: Tab never reached ${key} (reached ${keys.join(', ')})`);
  return problems;
}
