// The generator lives with the model (shared/model/generate.ts) because the app's bench pages use
// it too and production code never imports test/. Benchmarks and tests import it from here.
export { generateDesign } from '../../shared/model/generate';
