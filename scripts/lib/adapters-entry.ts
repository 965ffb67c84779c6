// The adapters as one bundle, for scripts/bench-adapters.ts to time in a real page.
export { adapterFor } from '../../src/adapters/registry';
