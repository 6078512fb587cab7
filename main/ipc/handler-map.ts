/**
 * A feature's handlers: named top-level functions that take the feature's deps first, collected in
 * a map typed against the contract (`satisfies FeatureHandlers<Deps, Channel>`), so a missing or
 * misspelt channel, or a wrong argument or result, is a type error. core.ts binds each map to its
 * deps once (`bindHandlers`) and composes the maps into the one `Handlers` object dispatch calls.
 * Pure module.
 */
import type { ChannelInput, ChannelName, ChannelOutput, FileChannel } from './contract';
import type { Caller } from './caller';
import type { Handlers } from './dispatch';

/** The handler of channel C given deps D; as in dispatch, only the file channels are given the caller. */
type FeatureHandler<D, C extends ChannelName> = C extends FileChannel
  ? (deps: D, input: ChannelInput<C>, caller: Caller) => Promise<ChannelOutput<C>> | ChannelOutput<C>
  : (deps: D, input: ChannelInput<C>) => Promise<ChannelOutput<C>> | ChannelOutput<C>;

/** Exactly the channels K, each with its handler over deps D. */
export type FeatureHandlers<D, K extends ChannelName> = { [C in K]: FeatureHandler<D, C> };

/** The map's handlers with their deps given, as dispatch calls them. */
export function bindHandlers<D, K extends ChannelName>(map: FeatureHandlers<D, K>, deps: D): Pick<Handlers, K> {
  const bound: Partial<Record<ChannelName, (input: unknown, caller: Caller) => unknown>> = {};
  for (const name of Object.keys(map) as K[]) {
    const handler = map[name] as (deps: D, input: unknown, caller: Caller) => unknown;
    bound[name] = (input, caller) => handler(deps, input, caller);
  }
  return bound as Pick<Handlers, K>;
}
