/** The shared end-to-end scenarios in Debian's Firefox ESR with dist/firefox installed, driven over WebDriver BiDi. */
import { launchFirefox } from '../drivers/firefox';
import { runScenarios } from '../scenarios/run';

runScenarios('firefox', launchFirefox);
