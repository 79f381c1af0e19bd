// Runs a callback in a task of its own at a priority, where the Scheduler API exists (Chromium's
// pages and workers); elsewhere in a MessageChannel task, which, unlike a timer, is not held back
// into 4 ms steps when such tasks follow one another.
export type TaskPriority = 'user-blocking' | 'user-visible' | 'background';

export function postTask(callback: () => void, priority: TaskPriority): void {
  if (typeof scheduler !== 'undefined') {
    void scheduler.postTask(callback, { priority });
    return;
  }
  const channel = new MessageChannel();
  channel.port1.onmessage = () => {
    channel.port1.close();
    callback();
  };
  channel.port2.postMessage(null);
}

/** Settles in a task of its own, after the tasks of at least its priority already queued. */
export function nextTask(priority: TaskPriority): Promise<void> {
  return new Promise((resolve) => postTask(resolve, priority));
}
