// A blank React page built exactly like the renderer: the baseline for the startup ratio.
import { createRoot } from 'react-dom/client';

createRoot(document.getElementById('root')!).render(<nav aria-label="Main">Blank</nav>);
