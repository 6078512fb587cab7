// The web build's entry: the host first (window.lenses over the worker), then the unchanged app.
// ES modules run in import order, so window.lenses exists before the app's first call.
import './web-host';
import './web.css';
import '../src/main.tsx';
