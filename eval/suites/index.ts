/**
 * @module suites
 * The ordered list of evaluation suites `npm run eval` runs.
 */
import type { EvalSuite } from '../suite.js';
import { analysisSentencesSuite } from './analysis-sentences.js';
import { numbersRecognizersSuite } from './numbers-recognizers.js';
import { storiesSuite } from './stories.js';
import { factsRealSuite } from './facts-real.js';
import { extractionZyteSuite } from './extraction-zyte.js';
import { extractionReadabilitySuite } from './extraction-readability.js';
import { clusteringNeusSuite } from './clustering-neus.js';
import { clusteringStreamSuite } from './clustering-stream.js';
import { clusteringRealMixSuite } from './clustering-real-mix.js';

export const suites: EvalSuite[] = [
  storiesSuite,
  factsRealSuite,
  analysisSentencesSuite,
  numbersRecognizersSuite,
  extractionZyteSuite,
  extractionReadabilitySuite,
  clusteringNeusSuite,
  clusteringStreamSuite,
  clusteringRealMixSuite,
];
