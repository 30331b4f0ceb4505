import { z } from 'zod';
import type { Envelope } from '../api/errors';
import type { Service } from '../api/service';

/** The one IPC message: a contract method and its input. The service validates the input itself. */
const InvokeMessage = z.object({ method: z.string().min(1).max(100), input: z.unknown() }).strict();

export interface IpcEventLike {
  readonly senderFrame: { readonly url: string } | null;
}

/** Forwards {method, input} to the service; refuses strangers and malformed messages. */
export function createInvokeHandler(
  service: Service,
  isTrusted: (senderUrl: string | undefined) => boolean,
) {
  return async (event: IpcEventLike, message: unknown): Promise<Envelope<unknown>> => {
    if (!isTrusted(event.senderFrame?.url)) {
      return {
        ok: false,
        error: { kind: 'Refused', message: 'This page may not use the Workbench.' },
      };
    }
    const parsed = InvokeMessage.safeParse(message);
    if (!parsed.success) {
      return {
        ok: false,
        error: {
          kind: 'ValidationError',
          message: 'A Workbench call must name a method and its input.',
        },
      };
    }
    return service.handle(parsed.data.method, parsed.data.input);
  };
}
