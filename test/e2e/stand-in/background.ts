// The test build's service worker: the stand-in model first, then the real worker.
import './language-model';
import '../../../src/background/index';
