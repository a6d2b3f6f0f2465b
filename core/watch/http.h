/* A minimal HTTP/1.0 server on the loop, for /metrics and /health.  It reads
 * one request per connection (GET only, 8 KiB at most), answers and closes. */
#ifndef SARING_WATCH_HTTP_H
#define SARING_WATCH_HTTP_H

#include <uv.h>

#include "buf.h"

typedef struct sr_http sr_http;

/* Fills body and returns the status code (200, 404, 503...); content type
 * is text/plain. */
typedef int (*sr_http_handler)(const char *path, sr_buf *body, void *arg);

/* Listens on addr ("127.0.0.1:9464", or ":9464" for loopback).  Returns 0 or
 * a libuv error code. */
int sr_http_start(sr_http **out, uv_loop_t *loop, const char *addr, sr_http_handler h, void *arg);
int sr_http_port(const sr_http *h);
void sr_http_stop(sr_http *h);

#endif
