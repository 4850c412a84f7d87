/**
 * A view's text handed over piece by piece to `take`, for writing a large report file without holding it as one
 * string. After `take` answers true (its buffer is full) the stream pauses, as one step of the iterator it returns,
 * before handing over the next piece: the writer flushes in that pause. One iterator step per buffer rather than
 * one per piece, because a step allocates a result object, and the HTML of 10,000 endpoints is 2 million pieces
 * (those results were a sixth of writing its files' allocations, issue 10).
 */
export type PieceStream = (take: (piece: string) => boolean) => Iterator<unknown>;

/** A stream of pieces already listed or generated one by one (the JSON report: one piece per endpoint). */
export function streamOf(pieces: Iterable<string>): PieceStream {
  return function* stream(take) {
    for (const piece of pieces) if (take(piece)) yield;
  };
}

/** The whole text of a stream, as one string. */
export function streamText(stream: PieceStream): string {
  const pieces: string[] = [];
  const steps = stream((piece) => {
    pieces.push(piece);
    return false;
  });
  while (steps.next().done !== true);
  return pieces.join('');
}
