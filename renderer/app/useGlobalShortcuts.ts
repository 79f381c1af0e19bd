// Keys that work anywhere: "/" or Ctrl+K (⌘K) jumps to the search box; Esc goes back a view.
import { useEffect } from 'react';
import { useNavigation } from './navigation';

export const SEARCH_INPUT_ID = 'search-input';

export function useGlobalShortcuts(): void {
  const { route, back, home } = useNavigation();
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.defaultPrevented) return;
      const searchKey = (event.key === 'k' || event.key === 'K') && (event.ctrlKey || event.metaKey);
      const slashKey = event.key === '/' && !event.ctrlKey && !event.metaKey && !event.altKey && !isTyping(event.target);
      if (searchKey || slashKey) {
        event.preventDefault();
        if (route.view !== 'search') home();
        focusSearchSoon();
        return;
      }
      if (event.key === 'Escape' && route.view !== 'search') {
        event.preventDefault();
        back();
      }
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, [route, back, home]);
}

function isTyping(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return target.isContentEditable || target instanceof HTMLInputElement || target instanceof HTMLTextAreaElement || target instanceof HTMLSelectElement;
}

function focusSearchSoon(): void {
  // The search page may only mount on the next frame after navigating to it.
  requestAnimationFrame(() => {
    const input = document.getElementById(SEARCH_INPUT_ID);
    if (input instanceof HTMLInputElement) {
      input.focus();
      input.select();
    }
  });
}
