/**
 * A chosen file's text. UTF-8 unless it is not valid UTF-8, in which case it
 * is read as Windows-1252, which older Excel versions write CSV in.
 * (FileReader rather than Blob.text(), which not every engine we test on has.)
 */
export function readFileText(file: Blob): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onerror = () => reject(reader.error ?? new Error('The file could not be read.'));
    reader.onload = () => {
      const bytes = new Uint8Array(reader.result as ArrayBuffer);
      try {
        resolve(new TextDecoder('utf-8', { fatal: true }).decode(bytes));
      } catch {
        resolve(new TextDecoder('windows-1252').decode(bytes));
      }
    };
    reader.readAsArrayBuffer(file);
  });
}
