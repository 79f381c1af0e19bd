// Which links may leave the app (opened by the system browser or mail client): https: and mailto:
// only. Anything else (javascript:, file:, data:, http:, custom schemes) stays plain text.
const ALLOWED_PROTOCOLS = new Set(['https:', 'mailto:']);

export function isAllowedExternalUrl(text: string): boolean {
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    return false;
  }
  if (!ALLOWED_PROTOCOLS.has(url.protocol)) return false;
  // Credentials in a link ("https://bank.example@evil.example") only serve to mislead.
  if (url.username !== '' || url.password !== '') return false;
  return url.protocol === 'mailto:' ? url.pathname.length > 0 : url.hostname.length > 0;
}
