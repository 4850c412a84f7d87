/** A single self-overwriting status line on a TTY stream (stderr), so stdout stays clean for the report. */
export function progressLine(stream: NodeJS.WriteStream): { update(text: string): void; clear(): void } {
  let shown = false;
  return {
    update(text) {
      stream.write(`\r\u001b[2K${text}`);
      shown = true;
    },
    clear() {
      if (shown) stream.write('\r\u001b[2K');
      shown = false;
    },
  };
}
