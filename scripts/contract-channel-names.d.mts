import type { Plugin } from 'esbuild';

/** The contract's channel names, read from main/ipc/contract.ts when a build runs. */
export function contractChannelNames(): Promise<string[]>;
/** Whether an import is api-client.ts's import of the contract. */
export function isApiClientContractImport(source: string, importer: string | undefined): boolean;
/** The module that replaces that import: the names alone. */
export function channelNamesModule(names: string[]): string;
/** esbuild plugin: api-client's import of the contract becomes the names alone. */
export function channelNamesOnlyForApiClient(): Plugin;
