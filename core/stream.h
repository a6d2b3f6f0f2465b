/* Reading a file descriptor as a byte stream, decompressing gzip and zstd
 * on the fly.  The compression is recognised by its magic bytes, so a
 * misnamed file is still read right.  Blocking: used on threadpool threads. */
#ifndef SARING_STREAM_H
#define SARING_STREAM_H

#include <stddef.h>
#include <sys/types.h>

typedef enum sr_compression { SR_COMP_NONE, SR_COMP_GZIP, SR_COMP_ZSTD } sr_compression;

typedef struct sr_stream sr_stream;

/* Wraps fd (which the stream then owns and closes). */
int sr_stream_open(sr_stream **out, int fd);
/* Reads up to n bytes of (decompressed) data.  Returns the count, 0 at the
 * end, or a negative SR_E* / -errno code. */
ssize_t sr_stream_read(sr_stream *s, char *buf, size_t n);
sr_compression sr_stream_compression(const sr_stream *s);
/* Bytes read from the file so far (compressed size). */
size_t sr_stream_raw_bytes(const sr_stream *s);
void sr_stream_close(sr_stream *s);

#endif
