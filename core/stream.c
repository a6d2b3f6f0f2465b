/* Decompressing input streams (see stream.h). */
#include "stream.h"

#include <errno.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include <zlib.h>
#include <zstd.h>

#include "error.h"

#define RAW_CAP (256 * 1024)

struct sr_stream {
  int fd;
  sr_compression comp;
  int eof;        /* no more raw bytes */
  int done;       /* no more output */
  unsigned char *raw;
  size_t raw_pos, raw_len;
  size_t raw_total;
  z_stream z;
  int z_init;
  ZSTD_DStream *zs;
  size_t zs_last;  /* last ZSTD_decompressStream hint: 0 = frame complete */
  int pending_err; /* an error to report after the data read before it */
};

static ssize_t fill(sr_stream *s) {
  if (s->raw_pos < s->raw_len) return (ssize_t)(s->raw_len - s->raw_pos);
  if (s->eof) return 0;
  ssize_t n;
  do n = read(s->fd, s->raw, RAW_CAP);
  while (n < 0 && errno == EINTR);
  if (n < 0) return -errno;
  s->raw_pos = 0;
  s->raw_len = (size_t)n;
  s->raw_total += (size_t)n;
  if (n == 0) s->eof = 1;
  return n;
}

int sr_stream_open(sr_stream **out, int fd) {
  sr_stream *s = calloc(1, sizeof *s);
  if (!s) return SR_ENOMEM;
  s->fd = fd;
  s->raw = malloc(RAW_CAP);
  if (!s->raw) {
    free(s);
    return SR_ENOMEM;
  }
  memset(s->raw, 0, 4); /* the magic test below reads at most 4 bytes */
  /* Read until 4 bytes are there (or the end), to see the magic. */
  while (s->raw_len < 4 && !s->eof) {
    ssize_t n;
    do n = read(fd, s->raw + s->raw_len, RAW_CAP - s->raw_len);
    while (n < 0 && errno == EINTR);
    if (n < 0) {
      int e = -errno;
      free(s->raw);
      free(s);
      return e;
    }
    if (n == 0) s->eof = 1;
    s->raw_len += (size_t)n;
    s->raw_total += (size_t)n;
  }
  const unsigned char *m = s->raw;
  if (s->raw_len >= 2 && m[0] == 0x1f && m[1] == 0x8b) {
    s->comp = SR_COMP_GZIP;
    /* 16 + MAX_WBITS: gzip wrapper. */
    if (inflateInit2(&s->z, 16 + MAX_WBITS) != Z_OK) {
      free(s->raw);
      free(s);
      return SR_ENOMEM;
    }
    s->z_init = 1;
  } else if (s->raw_len >= 4 && m[0] == 0x28 && m[1] == 0xb5 && m[2] == 0x2f && m[3] == 0xfd) {
    s->comp = SR_COMP_ZSTD;
    s->zs = ZSTD_createDStream();
    if (!s->zs) {
      free(s->raw);
      free(s);
      return SR_ENOMEM;
    }
    ZSTD_initDStream(s->zs);
  }
  *out = s;
  return 0;
}

static ssize_t read_gzip(sr_stream *s, char *buf, size_t n, size_t *got) {
  s->z.next_out = (Bytef *)buf;
  s->z.avail_out = (uInt)(n > UINT32_MAX ? UINT32_MAX : n);
  while (s->z.avail_out > 0) {
    ssize_t have = fill(s);
    if (have < 0) return have;
    if (have == 0) {
      /* The file ended inside a member: truncated. */
      *got = n - s->z.avail_out;
      return SR_EDECOMP;
    }
    s->z.next_in = s->raw + s->raw_pos;
    s->z.avail_in = (uInt)have;
    int rc = inflate(&s->z, Z_NO_FLUSH);
    s->raw_pos = s->raw_len - s->z.avail_in;
    if (rc == Z_STREAM_END) {
      /* Concatenated members are one stream (as gzip -d reads them). */
      ssize_t more = fill(s);
      if (more < 0) return more;
      if (more == 0) {
        s->done = 1;
        break;
      }
      inflateReset(&s->z);
      continue;
    }
    *got = n - s->z.avail_out;
    if (rc == Z_BUF_ERROR && s->z.avail_in == 0) continue;
    if (rc != Z_OK) return SR_EDECOMP;
  }
  return (ssize_t)(n - s->z.avail_out);
}

static ssize_t read_zstd(sr_stream *s, char *buf, size_t n, size_t *got) {
  ZSTD_outBuffer ob = {buf, n, 0};
  while (ob.pos < ob.size) {
    ssize_t have = fill(s);
    *got = ob.pos;
    if (have < 0) return have;
    if (have == 0) {
      if (s->zs_last != 0 && s->raw_total > 0) {
        /* Flush what the decoder still holds before declaring truncation. */
        ZSTD_inBuffer empty = {NULL, 0, 0};
        size_t before = ob.pos;
        size_t r = ZSTD_decompressStream(s->zs, &ob, &empty);
        if (ZSTD_isError(r)) return SR_EDECOMP;
        *got = ob.pos;
        if (ob.pos > before) continue;
        return SR_EDECOMP;
      }
      s->done = 1;
      break;
    }
    ZSTD_inBuffer ib = {s->raw + s->raw_pos, (size_t)have, 0};
    /* The decoder gets at most one block's worth of output room per call:
     * given room for a whole frame that is entirely in its input, zstd
     * decodes the frame in one pass and, on corrupt data, returns only the
     * error, which would lose the good data before the damage. */
    size_t room = ob.size - ob.pos;
    if (room > ZSTD_DStreamOutSize()) room = ZSTD_DStreamOutSize();
    ZSTD_outBuffer part = {buf, ob.pos + room, ob.pos};
    size_t r = ZSTD_decompressStream(s->zs, &part, &ib);
    ob.pos = part.pos;
    *got = ob.pos;
    if (ZSTD_isError(r)) return SR_EDECOMP;
    s->zs_last = r;
    s->raw_pos += ib.pos;
  }
  return (ssize_t)ob.pos;
}

/* Decompressors return an error with the bytes they produced before it lost
 * in the output buffer; they report how many through *got so that the data
 * is delivered first and the error on the next call. */
ssize_t sr_stream_read(sr_stream *s, char *buf, size_t n) {
  if (s->pending_err) {
    int e = s->pending_err;
    s->pending_err = 0;
    s->done = 1;
    return e;
  }
  if (s->done || n == 0) return 0;
  if (s->comp != SR_COMP_NONE) {
    size_t got = 0;
    ssize_t r = s->comp == SR_COMP_GZIP ? read_gzip(s, buf, n, &got) : read_zstd(s, buf, n, &got);
    if (r < 0 && got > 0) {
      s->pending_err = (int)r;
      return (ssize_t)got;
    }
    if (r < 0) s->done = 1;
    return r;
  }
  size_t got = 0;
  while (got < n) {
    ssize_t have = fill(s);
    if (have < 0) return have;
    if (have == 0) {
      s->done = 1;
      break;
    }
    size_t take = (size_t)have < n - got ? (size_t)have : n - got;
    memcpy(buf + got, s->raw + s->raw_pos, take);
    s->raw_pos += take;
    got += take;
  }
  return (ssize_t)got;
}

sr_compression sr_stream_compression(const sr_stream *s) { return s->comp; }
size_t sr_stream_raw_bytes(const sr_stream *s) { return s->raw_total; }

void sr_stream_close(sr_stream *s) {
  if (!s) return;
  if (s->z_init) inflateEnd(&s->z);
  if (s->zs) ZSTD_freeDStream(s->zs);
  if (s->fd > 2) close(s->fd);
  free(s->raw);
  free(s);
}
