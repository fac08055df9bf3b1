import { createInterface } from 'node:readline';

/**
 * Asks for a secret on the terminal without echoing it. When input is not a
 * terminal (a pipe), the first line is read, still without echo.
 */
export function promptHidden(
  question: string,
  input = process.stdin,
  output = process.stderr,
): Promise<string> {
  output.write(question);
  if (!input.isTTY) {
    return new Promise((resolve, reject) => {
      const lines = createInterface({ input, terminal: false });
      lines.once('line', (line) => {
        lines.close();
        output.write('\n');
        resolve(line);
      });
      lines.once('close', () => reject(new Error('No password was given.')));
    });
  }
  return new Promise((resolve, reject) => {
    let secret = '';
    input.setRawMode(true);
    input.resume();
    input.setEncoding('utf8');
    const finish = (error?: Error) => {
      input.setRawMode(false);
      input.pause();
      input.off('data', onData);
      output.write('\n');
      if (error) reject(error);
      else resolve(secret);
    };
    const onData = (chunk: string) => {
      for (const character of chunk) {
        if (character === '\r' || character === '\n') return finish();
        if (character === '\u0003') return finish(new Error('Cancelled.'));
        if (character === '\u007f' || character === '\b') secret = secret.slice(0, -1);
        else secret += character;
      }
    };
    input.on('data', onData);
  });
}
