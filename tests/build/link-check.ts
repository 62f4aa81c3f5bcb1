/**
 * The build's own link checker (src/integrations/broken-links.ts), which the build tests also run on
 * what they build: one checker, so a link the tests accept is one the build accepts.
 */
export { checkLinks, findBrokenLinks, type BrokenLink, type LinkProblem } from '../../src/integrations/broken-links';
