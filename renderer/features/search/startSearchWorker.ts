// The search worker, started before the app itself loads. This module holds no React, so the page's
// first small script (boot.ts) can start the worker without waiting for React and every view.
import { CATALOGUE_DATA_PATHS } from '../../../shared/ipc/catalogueDataPaths';
import { todayIso } from '../../app/today';
import { createAnswerBoard } from './answerBoard';
import type { FromSearchWorker, ToSearchWorker } from './searchWorkerProtocol';

export interface StartedWorker {
  worker: Worker;
  early: FromSearchWorker[];
  /** Shared with the worker when the page is cross-origin isolated. */
  board: SharedArrayBuffer | undefined;
}

let started: StartedWorker | undefined;

/**
 * Starts the worker opening the catalogue first thing (boot.ts), so its download and parsing overlap
 * the page's own start-up; what it says before the page listens is kept for it.
 */
export function startSearchWorker(): void {
  started ??= startWorker();
}

/**
 * Hands a worker back for the next mount to take (the kiosk's idle reset), already holding its
 * index: it forgets the searches it was asked, and what it says until it is taken is kept.
 */
export function parkSearchWorker(parked: StartedWorker): void {
  const early: FromSearchWorker[] = [];
  parked.worker.onmessage = (event: MessageEvent<FromSearchWorker>) => early.push(event.data);
  post(parked.worker, { type: 'forget' });
  started?.worker.terminate();
  started = { ...parked, early };
}

/** The worker started early (or parked), or a new one (a remounted search page); the page owns it from then on. */
export function takeStartedWorker(): StartedWorker {
  const taken = started ?? startWorker();
  started = undefined;
  return taken;
}

function startWorker(): StartedWorker {
  const worker = new Worker(new URL('./search.worker.ts', import.meta.url), { type: 'module', name: 'search' });
  const early: FromSearchWorker[] = [];
  worker.onmessage = (event: MessageEvent<FromSearchWorker>) => early.push(event.data);
  post(worker, openMessage());
  const board = createAnswerBoard();
  if (board) post(worker, { type: 'board', board });
  return { worker, early, board };
}

export function openMessage(): ToSearchWorker {
  const url = (path: string) => new URL(path, window.location.href).href;
  return { type: 'open', snapshotUrl: url(CATALOGUE_DATA_PATHS.snapshot), indexUrl: url(CATALOGUE_DATA_PATHS.searchIndex), today: todayIso() };
}

export function post(worker: Worker, message: ToSearchWorker): void {
  worker.postMessage(message);
}
