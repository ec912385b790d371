/**
 * Lets the user pick a text file with the page's own file input. Import and "Compare with…"
 * need other files than a design (YAML templates, a second design), and a file input works the
 * same in the browser and in Electron's renderer without widening the host interface.
 */
export interface PickedText {
  name: string;
  text: string;
}

/** Resolves to null when the user cancels. Rejects when the file cannot be read. */
export function pickText(accept: string): Promise<PickedText | null> {
  return new Promise((resolve, reject) => {
    const input = document.createElement('input');
    input.type = 'file';
    input.accept = accept;
    input.style.display = 'none';
    input.addEventListener('change', () => {
      const file = input.files?.[0];
      input.remove();
      if (!file) {
        resolve(null);
        return;
      }
      file.text().then((text) => resolve({ name: file.name, text }), reject);
    });
    input.addEventListener('cancel', () => {
      input.remove();
      resolve(null);
    });
    document.body.append(input);
    input.click();
  });
}
