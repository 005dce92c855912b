/**
 * @module limit-body
 * Request bodies over the limit are refused with 413 before they are parsed (declared length first,
 * then counted while streaming when there is none).
 */
import type { MiddlewareHandler } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { HTTPException } from 'hono/http-exception';

export const DEFAULT_MAX_BODY_BYTES = 5 * 1024 * 1024;

export function limitBody(maxBytes: number): MiddlewareHandler {
  return bodyLimit({
    maxSize: maxBytes,
    onError: () => {
      throw new HTTPException(413, {
        message: `the request body is larger than ${(maxBytes / 1024 / 1024).toFixed(1)} MB; send fewer or smaller articles at once`,
      });
    },
  });
}
