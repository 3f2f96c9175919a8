// The main thread's side of the coverage worker: one worker, started on first use, with a promise per question.
// Where a browser cannot start a module worker (or it fails), the same code runs here instead.
import type { ProvinceFeature } from '../../data/provinces-file';
import type { WaterFeature } from '../../domain/coverage';
import type { GeometryRequest, GeometryResult, LandArea } from './coverage-views';

export interface LandFiles {
  provinces: readonly ProvinceFeature[];
  water: readonly WaterFeature[];
}

export type WorkerQuestion = ({ type: 'land' } & LandFiles) | { type: 'view'; id: number; request: GeometryRequest };
export type WorkerAnswer = { id: number; result: GeometryResult } | { id: number; error: string };

interface Waiting {
  resolve: (result: GeometryResult) => void;
  reject: (error: Error) => void;
}

let worker: Worker | null = null;
let workerFailed = false;
let workerLand: LandFiles | null = null;
let nextId = 1;
const waiting = new Map<number, Waiting>();

function startWorker(): Worker | null {
  if (worker || workerFailed) return worker;
  if (typeof Worker === 'undefined') {
    workerFailed = true;
    return null;
  }
  try {
    worker = new Worker(new URL('./coverage-worker.ts', import.meta.url), { type: 'module', name: 'bereik' });
  } catch {
    workerFailed = true;
    return null;
  }
  worker.onmessage = ({ data }: MessageEvent<WorkerAnswer>) => {
    const entry = waiting.get(data.id);
    waiting.delete(data.id);
    if ('result' in data) entry?.resolve(data.result);
    else entry?.reject(new Error(data.error));
  };
  // The worker's script did not load or crashed: what waits fails (its retry runs here), later questions too.
  worker.onerror = (event) => {
    event.preventDefault();
    workerFailed = true;
    worker?.terminate();
    worker = null;
    for (const entry of waiting.values()) entry.reject(new Error('coverage worker failed'));
    waiting.clear();
  };
  return worker;
}

const landHere = new WeakMap<readonly ProvinceFeature[], { water: readonly WaterFeature[]; land: LandArea[] }>();

async function computeHere(files: LandFiles, request: GeometryRequest): Promise<GeometryResult> {
  const views = await import('./coverage-views');
  let known = landHere.get(files.provinces);
  if (!known || known.water !== files.water) {
    known = { water: files.water, land: views.landAreas(files.provinces, files.water) };
    landHere.set(files.provinces, known);
  }
  return views.geometryResult(known.land, request);
}

/** The reach or nearest-team view for these files and sites, from the worker (or here, without one). */
export function computeGeometry(files: LandFiles, request: GeometryRequest): Promise<GeometryResult> {
  const active = startWorker();
  if (!active) return computeHere(files, request);
  if (workerLand?.provinces !== files.provinces || workerLand.water !== files.water) {
    workerLand = files;
    active.postMessage({ type: 'land', ...files } satisfies WorkerQuestion);
  }
  const id = nextId++;
  return new Promise((resolve, reject) => {
    waiting.set(id, { resolve, reject });
    active.postMessage({ type: 'view', id, request } satisfies WorkerQuestion);
  });
}
