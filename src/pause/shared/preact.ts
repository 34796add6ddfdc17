// The pause bundle's stand-in for `preact`: the content script's copy (see src/preact-kit.ts). Read once, when pause.js
// runs, because preact's hooks add their handlers to `options` as they load.
import { sharedPreact } from '../../preact-kit';

export const { Fragment, options, render } = sharedPreact();
