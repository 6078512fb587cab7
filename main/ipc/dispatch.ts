/**
 * Validating dispatcher: the only way a contract call reaches a handler. Unknown channels and
 * arguments that fail their schema are refused with a readable message, and the handler is not
 * called. Pure module: runs under Node without Electron.
 */
import { channels, type ChannelInput, type ChannelName, type ChannelOutput, type Envelope } from './contract';
import { describeZodError } from '../../content/logic/zod-messages';
import { UserFacingError } from './user-facing-error';

export type Handlers = { [C in ChannelName]: (input: ChannelInput<C>) => Promise<ChannelOutput<C>> | ChannelOutput<C> };

function isChannelName(name: unknown): name is ChannelName {
  return typeof name === 'string' && Object.prototype.hasOwnProperty.call(channels, name);
}

export async function dispatch(
  handlers: Handlers,
  name: unknown,
  rawInput: unknown,
  log: (message: string, error?: unknown) => void = () => {},
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
    const handler = handlers[name] as (input: unknown) => Promise<unknown> | unknown;
    return { ok: true, value: await handler(parsed.data) };
  } catch (error) {
    if (error instanceof UserFacingError) return { ok: false, error: { code: error.code, message: error.message } };
    log(`handler ${name} failed`, error);
    return {
      ok: false,
      error: { code: 'internal', message: 'Something went wrong inside Lenses. Your saved work is safe; please try again.' },
    };
  }
}
