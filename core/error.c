/* Messages for saring's error codes (see error.h). */
#include "error.h"

#include <string.h>
#include <uv.h>

const char *sr_strerror(int err) {
  switch (err) {
#define XX(name, val, msg) case SR_E##name: return msg;
    SR_ERRNO_MAP(XX)
#undef XX
    default: break;
  }
  if (err < 0 && err > -1000) return uv_strerror(err);
  return "unknown error";
}
