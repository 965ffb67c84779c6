export { analyze } from './analyze';
export { compilePacks, type CompiledPacks } from './compile';
export { guessLanguage } from './language';
export { normalizeText } from './normalize';
export * from './pack-schema';
export { resolvePacks, flattenPack } from './resolve';
export { validatePack, formatErrors, type PackError, type PackResult } from './validate';
export { runExamples, type ExampleFailure } from './examples';
export * from './types';
