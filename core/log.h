/* Structured logging to stderr, shared by the core, scripts and plugins.
 * Thread-safe: every record is written with one call under a mutex. */
#ifndef SARING_LOG_H
#define SARING_LOG_H

typedef enum sr_log_level { SR_LOG_DEBUG, SR_LOG_INFO, SR_LOG_WARN, SR_LOG_ERROR } sr_log_level;
typedef enum sr_log_format { SR_LOG_TEXT, SR_LOG_LOGFMT, SR_LOG_JSON } sr_log_format;

void sr_log_setup(sr_log_level min, sr_log_format format);
int sr_log_level_parse(const char *s);   /* -1 when unknown */
int sr_log_format_parse(const char *s);  /* -1 when unknown */
int sr_log_enabled(sr_log_level level);

/* Logs msg with optional key=value pairs (NULL-terminated list of
 * alternating keys and values). */
void sr_log_kv(sr_log_level level, const char *msg, ...);
void sr_log(sr_log_level level, const char *fmt, ...) __attribute__((format(printf, 2, 3)));

/* After a usage error, on stderr: the usage lines of a command's help (its
 * text up to the first blank line) and "`saring CMD --help` lists the
 * options.", CMD read from the first line ("usage: saring CMD ..."). */
void sr_usage_hint(const char *usage);

#endif
