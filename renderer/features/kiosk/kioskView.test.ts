import { describe, expect, it } from 'vitest';
import { currentView, goBack, KIOSK_START, openView } from './kioskView';

describe('kiosk view history', () => {
  it('goes home → results → detail and back again, never past home', () => {
    let history = openView(KIOSK_START, { screen: 'results', keyboard: true });
    history = openView(history, { screen: 'results', keyboard: false });
    history = openView(history, { screen: 'detail', id: 'a' });
    expect(history.stack).toHaveLength(3);
    history = goBack(history);
    expect(currentView(history)).toEqual({ screen: 'results', keyboard: false });
    history = goBack(goBack(goBack(history)));
    expect(history).toEqual(KIOSK_START);
  });
});
