// Preload: exposes the typed API contract as window.api (built as CommonJS so the sandbox stays on).
export {};
