/* saring's error codes: negative integers with a strerror, in the style of
 * libuv.  Functions return 0 (or a count) on success and SR_E* on failure. */
#ifndef SARING_ERROR_H
#define SARING_ERROR_H

#define SR_ERRNO_MAP(XX)                                   \
  XX(NOMEM, -1001, "out of memory")                        \
  XX(INVAL, -1002, "invalid argument")                     \
  XX(UTF8, -1003, "invalid UTF-8")                         \
  XX(JSON, -1004, "invalid JSON")                          \
  XX(IO, -1005, "input/output error")                      \
  XX(DECOMP, -1006, "corrupt or truncated compressed data") \
  XX(TOOBIG, -1007, "input larger than the configured limit") \
  XX(SCRIPT, -1008, "script error")                        \
  XX(LIMIT, -1009, "stage limit exceeded")                 \
  XX(NOTFOUND, -1010, "not found")                         \
  XX(ABI, -1011, "plugin API mismatch")

typedef enum sr_errno {
#define XX(name, val, msg) SR_E##name = (val),
  SR_ERRNO_MAP(XX)
#undef XX
} sr_errno;

/* A static message for SR_E* codes, and strerror() for negative errno values
 * as libuv returns them. */
const char *sr_strerror(int err);

#endif
