// A feature's messages in English and Hindi. The Hindi table must have exactly the English
// keys with the same shapes, so a label missing in Hindi fails to compile.
export type Message = string | ((...values: never[]) => string);
export type MessageTable = Record<string, Message>;

export interface BilingualMessages<T extends MessageTable> {
  en: T;
  hi: { [K in keyof T]: T[K] };
}

export function defineMessages<T extends MessageTable>(messages: BilingualMessages<T>): BilingualMessages<T> {
  return messages;
}
