// Where a kiosk visitor is: the home tiles, the results (with or without the keyboard open), or
// one entry. The way back is a stack, wiped with everything else when the visitor is reset.
export type KioskView = { screen: 'home' } | { screen: 'results'; keyboard: boolean } | { screen: 'detail'; id: string };

export interface KioskHistory {
  stack: KioskView[];
}

export const KIOSK_START: KioskHistory = { stack: [{ screen: 'home' }] };

export function currentView(history: KioskHistory): KioskView {
  return history.stack.at(-1) ?? { screen: 'home' };
}

export function openView(history: KioskHistory, view: KioskView): KioskHistory {
  const current = currentView(history);
  // Results replace results (showing or hiding the keyboard is not a step back).
  if (current.screen === 'results' && view.screen === 'results') return { stack: [...history.stack.slice(0, -1), view] };
  return { stack: [...history.stack, view] };
}

export function goBack(history: KioskHistory): KioskHistory {
  return history.stack.length > 1 ? { stack: history.stack.slice(0, -1) } : history;
}
