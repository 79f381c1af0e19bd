import { describe, expect, it } from 'vitest';
import { chooseText } from './localisedText';

describe('chooseText', () => {
  it('uses the chosen language where the text exists', () => {
    expect(chooseText({ en: 'Drone', hi: 'ड्रोन' }, 'hi')).toEqual({ text: 'ड्रोन', language: 'hi' });
    expect(chooseText({ en: 'Drone', hi: 'ड्रोन' }, 'en')).toEqual({ text: 'Drone', language: 'en' });
  });

  it('falls back to the other language and says so', () => {
    expect(chooseText({ en: 'Drone' }, 'hi')).toEqual({ text: 'Drone', language: 'en' });
    expect(chooseText({ hi: 'ड्रोन' }, 'en')).toEqual({ text: 'ड्रोन', language: 'hi' });
  });

  it('gives nothing when there is no text', () => {
    expect(chooseText(undefined, 'en')).toBeUndefined();
    expect(chooseText({}, 'en')).toBeUndefined();
  });
});
