/**
 * Rule: a profile's own work needs an open profile. A call about it (progress, resume state, the
 * student's assignments) is refused ('no-profile', in the feature's words) while no profile is
 * open, before its handler runs; the handler is given what the open profile holds, so it never
 * asks again.
 */
import { UserFacingError } from '../ipc/user-facing-error';

/**
 * The wrapper for one feature: `open` finds what the open profile holds in the feature's deps
 * (null when none is open); `message` is what the person is told.
 */
export function needsProfile<D, P>(open: (deps: D) => P | null, message: string) {
  return <A extends unknown[], O>(handler: (deps: D, profile: P, ...args: A) => O) =>
    async (deps: D, ...args: A): Promise<Awaited<O>> => {
      const profile = open(deps);
      if (profile === null) throw new UserFacingError('no-profile', message);
      return await handler(deps, profile, ...args);
    };
}
