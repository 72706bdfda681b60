/**
 * Hashes this process made itself from the demo organisation's published
 * password. A stored hash found here is known to match that password, so the
 * login screen's hint needs no scrypt run for it: on a fresh install the seed
 * would otherwise be followed by six full-cost checks of what it just hashed.
 */
export class SeededDemoHashes {
  readonly #hashes = new Set<string>();

  remember(hash: string): void {
    this.#hashes.add(hash);
  }

  knows(hash: string): boolean {
    return this.#hashes.has(hash);
  }
}
