/** The full editor on a generated design, for `npm run bench` (see test/bench/canvas.ts). */
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import '@xyflow/react/dist/style.css';
import '../styles/app.css';
import { App } from '../app/App';
import { createEditorStore } from '../store/index';
import { benchDesign } from './design';
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
void benchDesign().then((design) => {
  store.loadDesign(design, null);
  bench.benchReady = true;
});
