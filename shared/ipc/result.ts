/** What crosses a process boundary instead of a thrown error (Electron passes only an error's message). */
export type Result<T> = { ok: true; value: T } | { ok: false; error: { code: string; message: string } };

export const success = <T>(value: T): Result<T> => ({ ok: true, value });
export const failure = (code: string, message: string): Result<never> => ({ ok: false, error: { code, message } });
