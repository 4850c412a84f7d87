/** A single self-overwriting status line on a TTY stream (stderr), so stdout stays clean for the report. */
export function progressLine(stream: NodeJS.WriteStream): { update(text: string): void; clear(): void } {
  let shown = false;
  return {
    update(text) {
      // A line longer than the terminal would wrap, and `\r` would then redraw only its last part.
      const room = Math.max(20, (stream.columns || 80) - 1);
      // Code points, as visibleWidth counts them: the line holds host names, counts and our own words, no emoji.
      const chars = [...text]; // eslint-disable-line @typescript-eslint/no-misused-spread
      stream.write(`\r\u001b[2K${chars.length > room ? `${chars.slice(0, room - 1).join('')}…` : text}`);
      shown = true;
    },
    clear() {
      if (shown) stream.write('\r\u001b[2K');
      shown = false;
    },
  };
}
