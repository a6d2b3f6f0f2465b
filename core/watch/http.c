/* Minimal HTTP server for metrics (see http.h). */
#include "watch/http.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define MAX_REQUEST 8192

struct sr_http {
  uv_loop_t *loop;
  uv_tcp_t server;
  sr_http_handler handler;
  void *arg;
  int port;
};

typedef struct conn {
  uv_tcp_t tcp;
  sr_http *http;
  char buf[MAX_REQUEST];
  size_t len;
  uv_write_t wr;
  char *resp;
  int answered;
} conn;

static void conn_closed_cb(uv_handle_t *h) {
  conn *c = h->data;
  free(c->resp);
  free(c);
}

static void written_cb(uv_write_t *w, int status) {
  conn *c = w->data;
  (void)status;
  uv_close((uv_handle_t *)&c->tcp, conn_closed_cb);
}

static void alloc_cb(uv_handle_t *h, size_t suggested, uv_buf_t *b) {
  conn *c = h->data;
  (void)suggested;
  b->base = c->buf + c->len;
  b->len = MAX_REQUEST - 1 - c->len;
}

static void answer(conn *c, int status, const char *type, const char *body, size_t blen) {
  const char *reason = status == 200 ? "OK" : status == 404 ? "Not Found" : status == 503 ? "Service Unavailable" : "Bad Request";
  sr_buf out = SR_BUF_INIT;
  sr_buf_printf(&out, "HTTP/1.0 %d %s\r\nContent-Type: %s\r\nContent-Length: %zu\r\nConnection: close\r\n\r\n",
                status, reason, type, blen);
  sr_buf_append(&out, body, blen);
  size_t len;
  c->resp = sr_buf_detach(&out, &len);
  c->answered = 1;
  uv_read_stop((uv_stream_t *)&c->tcp);
  uv_buf_t b = uv_buf_init(c->resp, (unsigned)len);
  c->wr.data = c;
  if (uv_write(&c->wr, (uv_stream_t *)&c->tcp, &b, 1, written_cb))
    uv_close((uv_handle_t *)&c->tcp, conn_closed_cb);
}

static void read_cb(uv_stream_t *s, ssize_t n, const uv_buf_t *b) {
  conn *c = s->data;
  (void)b;
  if (c->answered) return;
  if (n < 0) {
    uv_close((uv_handle_t *)&c->tcp, conn_closed_cb);
    return;
  }
  c->len += (size_t)n;
  c->buf[c->len] = '\0';
  if (!strstr(c->buf, "\r\n\r\n") && !strstr(c->buf, "\n\n")) {
    if (c->len >= MAX_REQUEST - 1) answer(c, 400, "text/plain", "request too large\n", 18);
    return;
  }
  char method[8], path[256];
  if (sscanf(c->buf, "%7s %255s", method, path) != 2 || strcmp(method, "GET")) {
    answer(c, 400, "text/plain", "GET only\n", 9);
    return;
  }
  char *q = strchr(path, '?');
  if (q) *q = '\0';
  sr_buf body = SR_BUF_INIT;
  int status = c->http->handler(path, &body, c->http->arg);
  const char *type = !strcmp(path, "/metrics") ? "text/plain; version=0.0.4" : "text/plain";
  answer(c, status, type, body.data ? body.data : "", body.len);
  sr_buf_free(&body);
}

static void connection_cb(uv_stream_t *server, int status) {
  sr_http *h = server->data;
  if (status < 0) return;
  conn *c = calloc(1, sizeof *c);
  if (!c) return;
  c->http = h;
  uv_tcp_init(h->loop, &c->tcp);
  c->tcp.data = c;
  if (uv_accept(server, (uv_stream_t *)&c->tcp) || uv_read_start((uv_stream_t *)&c->tcp, alloc_cb, read_cb))
    uv_close((uv_handle_t *)&c->tcp, conn_closed_cb);
}

static void server_closed_cb(uv_handle_t *hd) { free(hd->data); }

int sr_http_start(sr_http **out, uv_loop_t *loop, const char *addr, sr_http_handler handler, void *arg) {
  char host[128] = "127.0.0.1";
  const char *colon = strrchr(addr, ':');
  int port = atoi(colon ? colon + 1 : addr);
  if (colon && colon > addr) snprintf(host, sizeof host, "%.*s", (int)(colon - addr), addr);
  struct sockaddr_in sa;
  int rc = uv_ip4_addr(host, port, &sa);
  if (rc) return rc;
  sr_http *h = calloc(1, sizeof *h);
  if (!h) return UV_ENOMEM;
  h->loop = loop;
  h->handler = handler;
  h->arg = arg;
  uv_tcp_init(loop, &h->server);
  h->server.data = h;
  rc = uv_tcp_bind(&h->server, (const struct sockaddr *)&sa, 0);
  if (!rc) rc = uv_listen((uv_stream_t *)&h->server, 64, connection_cb);
  if (rc) {
    uv_close((uv_handle_t *)&h->server, server_closed_cb);
    return rc;
  }
  struct sockaddr_storage bound;
  int blen = sizeof bound;
  uv_tcp_getsockname(&h->server, (struct sockaddr *)&bound, &blen);
  h->port = ntohs(((struct sockaddr_in *)&bound)->sin_port);
  *out = h;
  return 0;
}

int sr_http_port(const sr_http *h) { return h->port; }

void sr_http_stop(sr_http *h) {
  if (h) uv_close((uv_handle_t *)&h->server, server_closed_cb);
}
