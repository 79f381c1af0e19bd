// Arrow-key movement through the result list: each result is a button carrying its index.
export function focusResult(index: number): boolean {
  const button = document.querySelector<HTMLButtonElement>(`[data-result-index="${index}"]`);
  if (!button) return false;
  button.focus();
  return true;
}

export function resultCount(): number {
  return document.querySelectorAll('[data-result-index]').length;
}
