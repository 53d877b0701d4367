// Next drops Content-Length from every route handler's response, so files (pictures, downloads, press kits) went out
// chunked: no progress bar for a journalist's download, and HEAD could not tell a link checker or a CDN the size.
// The route passes the length on in a private header (lib/api/keep-file-length.ts); here it becomes Content-Length
// again, unless the response is being compressed (then the length is unknown, and compression left none).
export const FILE_LENGTH_HEADER = 'x-press-office-file-length'

export function restoreFileLength(res) {
  const writeHead = res.writeHead.bind(res)
  res.writeHead = (status, ...rest) => {
    const length = res.getHeader(FILE_LENGTH_HEADER)
    if (length !== undefined) {
      res.removeHeader(FILE_LENGTH_HEADER)
      if (res.getHeader('content-encoding') === undefined && /^\d+$/.test(String(length)))
        res.setHeader('content-length', String(length))
    }
    return writeHead(status, ...rest)
  }
}
