/**
 * The full editor on a generated design, for `npm run bench` (test/bench/canvas.ts, drag.ts,
 * open.ts). `?bench=N` picks the size; `?layout=none` opens it without any layout (the app
 * lays it out, as for a file that has none). Opening goes through the file loader, like
 * File > Open (renderer/files/load.ts); `benchOpen` records when it started and the first frame that drew the design.
 */
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import '@xyflow/react/dist/style.css';
import '../styles/app.css';
import { App } from '../app/App';
import { createEditorStore } from '../store/index';
import { loadText } from '../files/load';
import { generateDesign } from '../../shared/model/generate';
import { benchDesign, benchSize } from './design';
import type { BenchWindow } from './design';

const store = createEditorStore();
const bench = window as unknown as BenchWindow;
bench.benchStore = store;
const root = document.getElementById('root');
if (!root) throw new Error('bench.html has no #root');
createRoot(root).render(
  <StrictMode>
    <App store={store} host={null} />
  </StrictMode>,
);

const bare = new URLSearchParams(location.search).get('layout') === 'none';

/** Polls each frame until the canvas shows shapes; records that frame's time. */
function recordFirstFrame(start: number): void {
  const open = { start, firstFrame: -1 };
  bench.benchOpen = open;
  const poll = () => {
    if (document.querySelectorAll('.react-flow__node').length >= 20) {
      open.firstFrame = performance.now() - start;
      return;
    }
    requestAnimationFrame(poll);
  };
  requestAnimationFrame(poll);
}

void (bare ? Promise.resolve({ ...generateDesign(benchSize()), layout: {} }) : benchDesign()).then(
  (design) => {
    const text = JSON.stringify(design);
    // Let the page settle before the timed open.
    setTimeout(() => {
      const start = performance.now();
      const parsed = loadText(text, 'bench.skyplan.json');
      if (!parsed.ok) throw new Error('bench design does not parse');
      store.loadDesign(parsed.design, null);
      recordFirstFrame(start);
      bench.benchReady = true;
    }, 300);
  },
);
