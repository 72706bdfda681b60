import { createRequire } from 'node:module';
import type * as AppBuilderConfig from 'app-builder-lib/out/util/config/config';
import type * as BuilderUtil from 'builder-util';
import type * as Minimatch from 'minimatch';
import type { Configuration } from 'electron-builder';

/*
 * electron-builder's own configuration loader, schema validator and glob matcher live in
 * its app-builder-lib. They are resolved from electron-builder itself, so the tests use
 * the very copies `npm run package` runs.
 */
const fromBuilder = createRequire(
  createRequire(import.meta.url).resolve('electron-builder/package.json'),
);
const fromAppBuilder = createRequire(fromBuilder.resolve('app-builder-lib/package.json'));
const appBuilderConfig = fromAppBuilder('./out/util/config/config.js') as typeof AppBuilderConfig;
const builderUtil = fromAppBuilder('builder-util') as typeof BuilderUtil;
const minimatch = fromAppBuilder('minimatch') as typeof Minimatch;

/** Loads `file` the way `electron-builder --config file` does (extends and defaults merged). */
export function loadBuilderConfig(projectDir: string, file: string): Promise<Configuration> {
  return appBuilderConfig.getConfig(projectDir, file, null);
}

/** electron-builder's check of a configuration against its JSON schema; rejects when invalid. */
export function validateBuilderConfig(config: Configuration): Promise<void> {
  return appBuilderConfig.validateConfiguration(config, new builderUtil.DebugLogger(false));
}

/** Whether electron-builder's glob options (`dot: true`) match `path` with any of `patterns`. */
export function matchesAny(path: string, patterns: readonly string[]): boolean {
  return patterns.some((pattern) => minimatch.minimatch(path, pattern, { dot: true }));
}
