// Performance marks for the benchmark (bench/sections/uiChromium.ts) and for anyone profiling:
// a callback queued from requestAnimationFrame runs after the frame it belongs to was painted.
export function markAfterPaint(name: string, detail: unknown): void {
  requestAnimationFrame(() => {
    setTimeout(() => performance.mark(name, { detail }), 0);
  });
}
