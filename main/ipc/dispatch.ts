/**
 * Validating dispatcher: the only way a contract call reaches a handler. Unknown channels and
 * arguments that fail their schema are refused with a readable message, and the handler is not
 * called. Pure module: runs under Node without Electron.
 */
import { channels, type ChannelInput, type ChannelName, type ChannelOutput, type Envelope, type FileChannel } from './contract';
import { nobody, type Caller } from './caller';
import { describeZodError } from '../../content/logic/zod-messages';
import { UserFacingError } from './user-facing-error';

type Handler<C extends ChannelName> = C extends FileChannel
  ? /** A call that may ask for a file is told who made it, and asks that caller. */
    (input: ChannelInput<C>, caller: Caller) => Promise<ChannelOutput<C>> | ChannelOutput<C>
  : (input: ChannelInput<C>) => Promise<ChannelOutput<C>> | ChannelOutput<C>;

export type Handlers = { [C in ChannelName]: Handler<C> };

export interface CallOptions {
  /**
   * Who made the call: the host supplies it (the tab, the window), never the renderer's
   * arguments. Without one, the handlers' file requests are refused.
   */
  caller?: Caller;
  log?: (message: string, error?: unknown) => void;
}

function isChannelName(name: unknown): name is ChannelName {
  return typeof name === 'string' && Object.prototype.hasOwnProperty.call(channels, name);
}

export async function dispatch(
  handlers: Handlers,
  name: unknown,
  rawInput: unknown,
  { caller = nobody, log = () => {} }: CallOptions = {},
): Promise<Envelope<unknown>> {
  if (!isChannelName(name)) {
    return { ok: false, error: { code: 'unknown-channel', message: `There is no call named "${String(name)}".` } };
  }
  const parsed = channels[name].input.safeParse(rawInput ?? {});
  if (!parsed.success) {
    return {
      ok: false,
      error: { code: 'invalid-arguments', message: `The call "${name}" was refused: ${describeZodError(parsed.error, 3, { namesAsWritten: true }).join('; ')}.` },
    };
  }
  try {
    const handler = handlers[name] as (input: unknown, caller: Caller) => Promise<unknown> | unknown;
    return { ok: true, value: await handler(parsed.data, caller) };
  } catch (error) {
    if (error instanceof UserFacingError) return { ok: false, error: { code: error.code, message: error.message } };
    log(`handler ${name} failed`, error);
    return {
      ok: false,
      error: { code: 'internal', message: 'Something went wrong inside Lenses. Your saved work is safe; please try again.' },
    };
  }
}
