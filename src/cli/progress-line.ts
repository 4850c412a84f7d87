/** A single self-overwriting status line on a TTY stream (stderr), so stdout stays clean for the report. */
export function progressLine(stream: NodeJS.WriteStream): { update(text: string): void; clear(): void } {
  let shown = false;
  return {
    update(text) {
      // A line longer than the terminal would wrap, and `\r` would then redraw only its last part.
      const room = Math.max(20, (stream.columns || 80) - 1);
      stream.write(`\r\u001b[2K${[...text].length > room ? `${[...text].slice(0, room - 1).join('')}…` : text}`);
      shown = true;
    },
    clear() {
      if (shown) stream.write('\r\u001b[2K');
      shown = false;
    },
  };
}
