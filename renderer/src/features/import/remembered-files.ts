/**
 * The files of the last import, by name, so the import summary can import one again with what
 * only the user can say (the kind of a header-less Mastodon list). Kept outside the store: only
 * this feature needs them, and only until the next import.
 */
let lastFiles: readonly File[] = [];

export function rememberImportedFiles(files: readonly File[]): void {
  lastFiles = files;
}

export function rememberedFile(name: string): File | undefined {
  return lastFiles.find((file) => file.name === name);
}
