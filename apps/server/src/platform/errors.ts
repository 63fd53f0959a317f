import { ErrorCode, VigilError, errorStatus, type ErrorBody, type FieldError } from '@vigil/core';
import type { FastifyError, FastifyReply, FastifyRequest } from 'fastify';
import { hasZodFastifySchemaValidationErrors } from 'fastify-type-provider-zod';
import { ZodError } from 'zod';

/** An error answer, ready to send: status plus the one body shape of the API. */
export interface ErrorAnswer {
  readonly status: number;
  readonly body: ErrorBody;
}

/** Builds an answer for a code with a fixed, non-identifying message. */
const answer = (code: ErrorCode, message: string, fields: FieldError[] = []): ErrorAnswer => ({
  status: errorStatus[code],
  body: { error: { code, message, fields } },
});

// Messages are fixed per code: they never echo input, which could carry an e-mail or a key.
const fastifyCodes: Record<string, readonly [ErrorCode, string]> = {
  FST_ERR_CTP_INVALID_JSON_BODY: [ErrorCode.malformedJson, 'The request body is not valid JSON.'],
  FST_ERR_CTP_EMPTY_JSON_BODY: [ErrorCode.malformedJson, 'The request body is empty.'],
  FST_ERR_CTP_BODY_TOO_LARGE: [ErrorCode.payloadTooLarge, 'The request body is too large.'],
  FST_ERR_CTP_INVALID_MEDIA_TYPE: [
    ErrorCode.unsupportedMediaType,
    'Send JSON with content-type application/json.',
  ],
  FST_ERR_CTP_INVALID_CONTENT_LENGTH: [
    ErrorCode.validationFailed,
    'The content-length does not match the body.',
  ],
  FST_ERR_NOT_FOUND: [ErrorCode.notFound, 'Not found.'],
  FST_ERR_BAD_URL: [ErrorCode.validationFailed, 'The URL is not valid.'],
  FST_ERR_MAX_PARAM_LENGTH: [ErrorCode.validationFailed, 'The URL is not valid.'],
};

const byStatus: Record<number, readonly [ErrorCode, string]> = {
  400: [ErrorCode.validationFailed, 'The request is not valid.'],
  404: [ErrorCode.notFound, 'Not found.'],
  413: [ErrorCode.payloadTooLarge, 'The request body is too large.'],
  415: [ErrorCode.unsupportedMediaType, 'Send JSON with content-type application/json.'],
  429: [ErrorCode.rateLimited, 'Too many requests; try again later.'],
};

/** Field errors from a zod error, paths prefixed with the request part ("body.email"). */
export const zodFields = (error: ZodError, part?: string): FieldError[] =>
  error.issues.map((issue) => ({
    path: [part, ...issue.path.map(String)].filter((p) => p !== undefined && p !== '').join('.'),
    message: issue.message,
  }));

const isFastifyError = (error: unknown): error is FastifyError =>
  error instanceof Error && typeof (error as { code?: unknown }).code === 'string';

/**
 * THE mapping from anything thrown to an HTTP answer. VigilError by its code; validation errors
 * with their fields; Fastify's own errors by code; everything else is a 500 with a generic message.
 */
export const toErrorAnswer = (error: unknown): ErrorAnswer => {
  if (error instanceof VigilError) return answer(error.code, error.message, error.fields);
  if (hasZodFastifySchemaValidationErrors(error)) {
    const part = (error as { validationContext?: string }).validationContext;
    const fields = error.validation.map((v) => ({
      path: [part, ...v.instancePath.split('/')]
        .filter((p) => p !== undefined && p !== '')
        .join('.'),
      message: v.message ?? 'invalid',
    }));
    return answer(ErrorCode.validationFailed, 'The request is not valid.', fields);
  }
  if (error instanceof ZodError) {
    return answer(ErrorCode.validationFailed, 'The request is not valid.', zodFields(error));
  }
  if (error instanceof SyntaxError && (error as { statusCode?: unknown }).statusCode === 400) {
    // JSON.parse and secure-json-parse (prototype poisoning) both end up here.
    return answer(ErrorCode.malformedJson, 'The request body is not valid JSON.');
  }
  if (isFastifyError(error)) {
    const known = fastifyCodes[error.code];
    if (known) return answer(known[0], known[1]);
    const status = error.statusCode;
    const generic = status === undefined ? undefined : byStatus[status];
    if (generic) return answer(generic[0], generic[1]);
  }
  return answer(ErrorCode.internal, 'Something went wrong on the server.');
};

/** Fastify error handler: answers through `toErrorAnswer`, logs only the code and request id. */
export const handleError = (error: unknown, request: FastifyRequest, reply: FastifyReply): void => {
  const { status, body } = toErrorAnswer(error);
  if (status >= 500) {
    // Only the error's class name and our code: messages and stacks may quote input.
    request.log.error(
      { errorCode: body.error.code, errorType: error instanceof Error ? error.name : typeof error },
      'request failed',
    );
  }
  void reply.status(status).type('application/json; charset=utf-8').send(body);
};

/** Fastify not-found handler: the same error body for unknown API routes. */
export const handleNotFound = (_request: FastifyRequest, reply: FastifyReply): void => {
  const { status, body } = answer(ErrorCode.notFound, 'Not found.');
  void reply.status(status).send(body);
};
