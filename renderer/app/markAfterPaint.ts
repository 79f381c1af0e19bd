// Performance marks for the benchmark (bench/sections/uiChromium.ts) and for anyone profiling.
//
// Call it from a layout effect of the commit whose paint is to be marked. Why the mark lands right
// after that paint, neither early nor late:
// - A layout effect runs in the same task as React's commit, after the DOM was changed and before
//   the browser had a chance to render it. (A passive useEffect may run only after the paint, and
//   would then wait for the frame after: one frame late.)
// - So the next animation frame is the one that renders the commit: its requestAnimationFrame
//   callbacks run first, then style, layout and paint of that frame, in the same rendering step.
//   React commits in ordinary tasks (events, worker messages, its scheduler's MessageChannel),
//   never inside an animation-frame callback, where a new request would wait for the next frame.
// - A task posted from that callback runs only after the rendering step, so the mark's time is the
//   end of the frame's paint on the page's thread. Marking inside the callback would be early:
//   before the frame's style, layout and paint. The task is posted at user-blocking priority so it
//   runs first after the frame: ordinary tasks queued earlier (React's scheduler posts its deferred
//   rendering as MessageChannel messages) would otherwise run in between and make the mark late by
//   their length. Where the Scheduler API is missing, a MessageChannel message is the next best.
// What the mark cannot see is the compositor putting the painted frame on the display afterwards,
// which is the same short step for every frame and not work this page can shorten.
import { postTask } from './postTask';

export function markAfterPaint(name: string, detail: unknown): void {
  requestAnimationFrame(() => postTask(() => performance.mark(name, { detail }), 'user-blocking'));
}

/** Runs `callback` once the next frame is painted, after the tasks already waiting (see above). */
export function afterNextPaint(callback: () => void): void {
  requestAnimationFrame(() => postTask(callback, 'user-visible'));
}
