// Starts the WebAssembly app. A separate file (not an inline script) so that the
// Content-Security-Policy can forbid inline scripts entirely.
import init from './askel.js';

init({ module_or_path: new URL('askel_bg.wasm', import.meta.url) });
