// The test build's options page: the stand-in model first, then the real page.
import './language-model';
import '../../../src/options/options';
