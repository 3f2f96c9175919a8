// The coverage views' worker: works out the land once per pair of geo files, then each reach or nearest-team view
// asked for, off the main thread so that the page stays responsive on a slow phone. Same-origin module worker
// (CSP worker-src 'self'); coverage-client.ts talks to it.
import { geometryResult, landAreas, type LandArea } from './coverage-views';
import type { WorkerAnswer, WorkerQuestion } from './coverage-client';

const scope = self as unknown as {
  onmessage: ((event: MessageEvent<WorkerQuestion>) => void) | null;
  postMessage: (message: WorkerAnswer) => void;
};

let land: LandArea[] | null = null;

scope.onmessage = ({ data: question }) => {
  try {
    if (question.type === 'land') {
      land = landAreas(question.provinces, question.water);
      return;
    }
    if (!land) throw new Error('coverage worker: no land yet');
    scope.postMessage({ id: question.id, result: geometryResult(land, question.request) });
  } catch (error) {
    if (question.type === 'view') scope.postMessage({ id: question.id, error: String(error) });
    else land = null;
  }
};
