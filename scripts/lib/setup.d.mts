import type { SpawnSyncOptions } from 'node:child_process';

export const root: string;
export function run(command: string, args: string[], options?: SpawnSyncOptions): number;
export function ensureDependencies(): void;
export function missingRequirements(command: 'demo' | 'test' | 'release'): { program?: string; file?: string; debian: string }[];
export function ensureSystem(command: 'demo' | 'test' | 'release'): void;
export function executableOf(program: string): string;
export function ensureChromium(): string;
export function prepareProductionBuild(options?: { firefox?: boolean }): string;
