/**
 * Entry point of the web build (and of the Electron window, which loads the same dist/).
 * The host is chosen here: when the browser host or the Electron bridge is wired in, pass it
 * to <App host={...}/>; with no host the editor starts with an empty design.
 */
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import '@xyflow/react/dist/style.css';
import './styles/app.css';
import { App } from './app/App';
import { createEditorStore } from './store/index';
import { chooseHost } from './host/index';

const store = createEditorStore();
const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');
createRoot(root).render(
  <StrictMode>
    <App store={store} host={chooseHost()} />
  </StrictMode>,
);
