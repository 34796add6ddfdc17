/** Builds the fixture sites once before any end-to-end file starts; the files read that build (see FIXTURES_BUILT_ENV). */
import { buildFixtures, FIXTURES_BUILT_ENV } from './harness';

export default async function buildFixturesOnce(): Promise<void> {
  process.env[FIXTURES_BUILT_ENV] ??= await buildFixtures();
}
