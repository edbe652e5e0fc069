import type { SpawnSyncOptions } from 'node:child_process';

export const root: string;
export function run(command: string, args: string[], options?: SpawnSyncOptions): number;
export function ensureDependencies(): void;
export function ensureBrowser(name: 'chromium' | 'firefox'): string;
export function prepareProductionBuild(): string;
