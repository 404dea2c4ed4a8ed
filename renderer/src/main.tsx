import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { bridgeAvailable } from './api.js';
import { App } from './App.js';
import './styles/index.css';

const root = createRoot(document.getElementById('root')!);
if (bridgeAvailable()) {
  root.render(
    <StrictMode>
      <App />
    </StrictMode>,
  );
} else {
  root.render(
    <p className="fatal">Prune's window could not reach its core. Start it with npm start or npm run web.</p>,
  );
}
