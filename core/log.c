/* Structured logging (see log.h). */
#include "log.h"

#include <pthread.h>
#include <stdarg.h>
#include <stdio.h>
#include <string.h>
#include <strings.h>
#include <time.h>

#include "buf.h"
#include "jsonw.h"

static sr_log_level min_level = SR_LOG_INFO;
static sr_log_format log_format = SR_LOG_TEXT;
static pthread_mutex_t log_mutex = PTHREAD_MUTEX_INITIALIZER;
static const char *LEVELS[] = {"debug", "info", "warn", "error"};

void sr_log_setup(sr_log_level min, sr_log_format format) {
  min_level = min;
  log_format = format;
}

int sr_log_level_parse(const char *s) {
  for (int i = 0; i < 4; i++)
    if (!strcasecmp(s, LEVELS[i])) return i;
  if (!strcasecmp(s, "warning")) return SR_LOG_WARN;
  return -1;
}

int sr_log_format_parse(const char *s) {
  if (!strcasecmp(s, "text")) return SR_LOG_TEXT;
  if (!strcasecmp(s, "logfmt")) return SR_LOG_LOGFMT;
  if (!strcasecmp(s, "json")) return SR_LOG_JSON;
  return -1;
}

int sr_log_enabled(sr_log_level level) { return level >= min_level; }

static void logfmt_value(sr_buf *b, const char *v) {
  if (*v && !strpbrk(v, " =\"\t\n")) {
    sr_buf_append_str(b, v);
    return;
  }
  sr_jsonw_string(b, v, strlen(v));
}

static void emit(sr_log_level level, const char *msg, va_list kv) {
  sr_buf b = SR_BUF_INIT;
  char ts[40];
  struct timespec now;
  clock_gettime(CLOCK_REALTIME, &now);
  struct tm tm;
  gmtime_r(&now.tv_sec, &tm);
  size_t n = strftime(ts, sizeof ts, "%Y-%m-%dT%H:%M:%S", &tm);
  snprintf(ts + n, sizeof ts - n, ".%03ldZ", now.tv_nsec / 1000000);
  switch (log_format) {
    case SR_LOG_JSON:
      sr_buf_printf(&b, "{\"time\":\"%s\",\"level\":\"%s\",\"msg\":", ts, LEVELS[level]);
      sr_jsonw_string(&b, msg, strlen(msg));
      for (const char *k; (k = va_arg(kv, const char *));) {
        const char *v = va_arg(kv, const char *);
        sr_buf_putc(&b, ',');
        sr_jsonw_string(&b, k, strlen(k));
        sr_buf_putc(&b, ':');
        sr_jsonw_string(&b, v ? v : "", v ? strlen(v) : 0);
      }
      sr_buf_append_str(&b, "}\n");
      break;
    case SR_LOG_LOGFMT:
      sr_buf_printf(&b, "time=%s level=%s msg=", ts, LEVELS[level]);
      logfmt_value(&b, msg);
      for (const char *k; (k = va_arg(kv, const char *));) {
        const char *v = va_arg(kv, const char *);
        sr_buf_printf(&b, " %s=", k);
        logfmt_value(&b, v ? v : "");
      }
      sr_buf_putc(&b, '\n');
      break;
    default:
      sr_buf_printf(&b, "saring: %s%s", level >= SR_LOG_WARN ? (level == SR_LOG_ERROR ? "error: " : "warning: ") : "", msg);
      for (const char *k; (k = va_arg(kv, const char *));) {
        const char *v = va_arg(kv, const char *);
        sr_buf_printf(&b, " %s=%s", k, v ? v : "");
      }
      sr_buf_putc(&b, '\n');
  }
  pthread_mutex_lock(&log_mutex);
  if (b.data) fwrite(b.data, 1, b.len, stderr);
  fflush(stderr);
  pthread_mutex_unlock(&log_mutex);
  sr_buf_free(&b);
}

void sr_log_kv(sr_log_level level, const char *msg, ...) {
  if (level < min_level) return;
  va_list ap;
  va_start(ap, msg);
  emit(level, msg, ap);
  va_end(ap);
}

static void emit_plain(sr_log_level level, const char *msg, ...) {
  va_list ap;
  va_start(ap, msg);
  emit(level, msg, ap);
  va_end(ap);
}

void sr_log(sr_log_level level, const char *fmt, ...) {
  if (level < min_level) return;
  char msg[4096];
  va_list ap;
  va_start(ap, fmt);
  vsnprintf(msg, sizeof msg, fmt, ap);
  va_end(ap);
  emit_plain(level, msg, (const char *)NULL);
}

void sr_usage_hint(const char *usage) {
  const char *end = strstr(usage, "\n\n");
  int n = end ? (int)(end - usage) : (int)strlen(usage);
  const char *cmd = strncmp(usage, "usage: saring ", 14) ? NULL : usage + 14;
  int cl = cmd ? (int)strcspn(cmd, " \n") : 0;
  fprintf(stderr, "%.*s\n", n, usage);
  if (cmd) fprintf(stderr, "`saring %.*s --help` lists the options.\n", cl, cmd);
}
