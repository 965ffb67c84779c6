// The adapters as one bundle, for scripts/bench-adapters.ts to time in a real page.
export { zendesk } from '../../src/adapters/zendesk';
export { intercom } from '../../src/adapters/intercom';
export { gmail } from '../../src/adapters/gmail';
